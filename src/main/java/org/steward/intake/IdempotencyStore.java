package org.steward.intake;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The first answer given to each {@code Idempotency-Key}, stored with a hash of its request. The receipt is
 * kept as JSON in the shape the API sends (this store's own format; it reads back into the same record, so
 * a replay is written as the same bytes).
 */
@Component
class IdempotencyStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A stored answer. */
	record StoredAnswer(String requestHash, int status, ReportReceipt receipt) {
	}

	/** Thrown when another request stored an answer under the same key first. */
	static class KeyTaken extends RuntimeException {

		KeyTaken(String key, Throwable cause) {
			super("Idempotency-Key " + key + " was stored by a concurrent request", cause);
		}
	}

	private final JdbcClient jdbc;

	IdempotencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredAnswer> find(String key) {
		return jdbc.sql("""
				select request_hash, status, response_body
				from intake_idempotency where idempotency_key = :key""")
			.param("key", key)
			.query((rs, row) -> new StoredAnswer(rs.getString(1), rs.getInt(2),
					JSON.readValue(rs.getString(3), ReportReceipt.class)))
			.optional();
	}

	/** @throws KeyTaken if the key is already stored (the unique key decides a race) */
	void save(String key, String requestHash, IntakeAnswer answer, @Nullable Long reportId, Instant at) {
		try {
			jdbc.sql("""
					insert into intake_idempotency
					  (idempotency_key, request_hash, status, response_body, tracking_code, report_id, created_at)
					values (:key, :hash, :status, :body, :code, :report, :at)""")
				.param("key", key)
				.param("hash", requestHash)
				.param("status", answer.status())
				.param("body", JSON.writeValueAsString(answer.receipt()))
				.param("code", answer.receipt().trackingCode().value())
				.param("report", reportId)
				.param("at", java.sql.Timestamp.from(at))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new KeyTaken(key, taken);
		}
	}
}
