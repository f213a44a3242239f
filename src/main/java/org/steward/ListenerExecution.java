package org.steward;

import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;

/**
 * The executor of asynchronous event listeners ({@code @ApplicationModuleListener}): a virtual
 * thread per event, at most {@code spring.task.execution.simple.concurrency-limit} of them running
 * at once (below the connection pool), the rest parked until one finishes.
 * <p>Boot's own executor enforces the same limit by blocking the thread that <em>submits</em> the
 * event. That thread is the one committing the change, still holding its database connection in the
 * after-commit phase; with more concurrent writers than the pool has connections (32 registrations
 * at once in bench/run, 16 in {@code CaseNumberTests}) every connection ended up held by a writer
 * waiting to submit, while the running listeners waited for a connection: a deadlock. Here the
 * submitter never waits; the wait happens inside the listener's own (cheap, parked) thread before
 * it takes a connection.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution {

	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	AsyncTaskExecutor applicationTaskExecutor(@Value("${spring.task.execution.simple.concurrency-limit:8}") int limit) {
		return new TaskExecutorAdapter(new BoundedVirtualThreads(limit));
	}

	/** Starts every task at once on a virtual thread that first waits for one of {@code limit} permits. */
	static final class BoundedVirtualThreads implements Executor {

		private final Semaphore permits;

		private final ThreadFactory threads = Thread.ofVirtual().name("listener-", 0).factory();

		BoundedVirtualThreads(int limit) {
			if (limit < 1) {
				throw new IllegalArgumentException("spring.task.execution.simple.concurrency-limit must be at least 1");
			}
			// fair: parked listeners start in the order their events came, so under a backlog a board
			// push waits behind the events before it, not behind every later one
			this.permits = new Semaphore(limit, true);
		}

		@Override
		public void execute(Runnable task) {
			threads.newThread(() -> {
				permits.acquireUninterruptibly();
				try {
					task.run();
				}
				finally {
					permits.release();
				}
			}).start();
		}
	}
}
