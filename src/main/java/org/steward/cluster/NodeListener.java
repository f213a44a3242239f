package org.steward.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This node's ear: one connection of its own (not from the pool, which would lend it to others
 * and reset it) that {@code LISTEN}s on the cluster channel and republishes every other node's
 * message as a local application event. When the connection breaks (database restart, network)
 * it is opened again with a doubling back-off and listens again; what was told meanwhile is
 * lost, so on every reconnection the node drops all its reference-data caches as if told.
 */
final class NodeListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NodeListener.class);

	private final DataSource connections;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final ClusterProperties settings;

	private final String self;

	private final AtomicLong received = new AtomicLong();

	private final AtomicLong connectionsOpened = new AtomicLong();

	private volatile boolean running;

	private volatile boolean listening;

	private volatile @Nullable Connection connection;

	private volatile @Nullable Thread thread;

	/**
	 * @param connections opens unpooled connections to the application's database
	 */
	NodeListener(DataSource connections, ApplicationEventPublisher events, JsonMapper json, ClusterProperties settings,
			String self) {
		this.connections = connections;
		this.events = events;
		this.json = json;
		this.settings = settings;
		this.self = self;
	}

	@Override
	public void start() {
		running = true;
		Thread t = Thread.ofPlatform().daemon().name("cluster-listener").unstarted(this::listen);
		thread = t;
		t.start();
	}

	@Override
	public void stop() {
		running = false;
		closeQuietly(connection);
		Thread t = thread;
		if (t != null) {
			t.interrupt();
			try {
				t.join(Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether the listening connection is open now. */
	boolean listening() {
		return listening;
	}

	long received() {
		return received.get();
	}

	long connectionsOpened() {
		return connectionsOpened.get();
	}

	/** Test seam: breaks the listening connection as a database restart would. */
	void breakConnection() {
		closeQuietly(connection);
	}

	private void listen() {
		Duration wait = settings.reconnectMin();
		while (running) {
			try (Connection c = connections.getConnection()) {
				connection = c;
				try (Statement statement = c.createStatement()) {
					statement.execute("LISTEN " + settings.channel());
				}
				listening = true;
				if (connectionsOpened.incrementAndGet() > 1) {
					log.info("Node {} listens again on {}; dropping reference-data caches told about meanwhile", self,
							settings.channel());
					resync();
				}
				wait = settings.reconnectMin();
				PGConnection pg = c.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications((int) settings.poll().toMillis());
					if (notifications == null || notifications.length == 0) {
						// nothing for a while: make sure the connection is still there (a silent
						// half-open socket would otherwise make this node deaf)
						try (Statement statement = c.createStatement()) {
							statement.execute("select 1");
						}
						continue;
					}
					for (PGNotification notification : notifications) {
						deliver(notification.getParameter());
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				listening = false;
				connection = null;
				if (!running) {
					break;
				}
				log.warn("Node {} lost its cluster listening connection ({}); trying again in {}", self,
						ex.getMessage(), wait);
				if (!sleep(wait)) {
					break;
				}
				wait = min(wait.multipliedBy(2), settings.reconnectMax());
			}
		}
		listening = false;
	}

	/** Reads one notification back into its message and publishes it here, unless this node sent it. */
	void deliver(String payload) {
		try {
			JsonNode envelope = json.readTree(payload);
			String from = envelope.path("from").asString("");
			if (self.equals(from)) {
				return;
			}
			String type = envelope.path("type").asString("");
			// only our own message types: a notification on the channel must not name any class to instantiate
			if (!type.startsWith("org.steward.")) {
				log.warn("Ignoring a cluster message of unknown type {}", type);
				return;
			}
			Class<?> cls = Class.forName(type, false, NodeListener.class.getClassLoader());
			if (!NodeMessage.class.isAssignableFrom(cls)) {
				log.warn("Ignoring a cluster message of type {}, which is no NodeMessage", type);
				return;
			}
			Object message = json.treeToValue(envelope.get("body"), cls);
			received.incrementAndGet();
			events.publishEvent(message);
		}
		catch (ClassNotFoundException | RuntimeException ex) {
			// one bad message (or one failing local listener) must not deafen the node
			log.warn("Could not deliver a cluster message: {}", ex.toString());
		}
	}

	private void resync() {
		for (ReferenceDataChanged.Kind kind : ReferenceDataChanged.Kind.values()) {
			try {
				events.publishEvent(new ReferenceDataChanged(kind, true));
			}
			catch (RuntimeException ex) {
				log.warn("Could not drop the {} caches after reconnecting: {}", kind, ex.toString());
			}
		}
	}

	private boolean sleep(Duration wait) {
		try {
			Thread.sleep(wait);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static void closeQuietly(@Nullable Connection c) {
		if (c != null) {
			try {
				c.close();
			}
			catch (SQLException ex) {
				// closing to wake the listener up; the listener loop handles the rest
			}
		}
	}

}
