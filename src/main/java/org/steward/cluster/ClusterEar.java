package org.steward.cluster;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Starts this node's listener with the application and stops it first on shutdown; holds
 * nothing on a single node.
 */
final class ClusterEar implements SmartLifecycle {

	private final @Nullable NodeListener listener;

	private volatile boolean running;

	ClusterEar(@Nullable NodeListener listener) {
		this.listener = listener;
	}

	@Override
	public void start() {
		running = true;
		if (listener != null) {
			listener.start();
		}
	}

	@Override
	public void stop() {
		running = false;
		if (listener != null) {
			listener.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** The listener, when this node has one (PostgreSQL). */
	@Nullable NodeListener listener() {
		return listener;
	}
}
