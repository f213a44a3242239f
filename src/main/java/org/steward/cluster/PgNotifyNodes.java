package org.steward.cluster;

import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells the other nodes through {@code pg_notify} on the caller's connection: inside a
 * transaction PostgreSQL holds the notification until commit (and drops it on rollback), so a
 * node never hears of a change it cannot yet read.
 */
final class PgNotifyNodes implements Nodes {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final String channel;

	private final String self;

	PgNotifyNodes(JdbcTemplate jdbc, JsonMapper json, String channel, String self) {
		this.jdbc = jdbc;
		this.json = json;
		this.channel = channel;
		this.self = self;
	}

	@Override
	public void tell(NodeMessage message) {
		String payload = envelope(json, self, message);
		if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
			throw new IllegalArgumentException("A node message of " + message.getClass().getSimpleName()
					+ " is longer than a PostgreSQL notification may be");
		}
		jdbc.query("select pg_notify(?, ?)", rs -> null, channel, payload);
	}

	@Override
	public String self() {
		return self;
	}

	/** {"from": node, "type": class name, "body": the message}: the type lets the receiver read the body back. */
	static String envelope(JsonMapper json, String from, NodeMessage message) {
		ObjectNode envelope = json.createObjectNode();
		envelope.put("from", from);
		envelope.put("type", message.getClass().getName());
		envelope.set("body", json.valueToTree(message));
		return json.writeValueAsString(envelope);
	}
}
