package org.steward.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The clients allowed to post requests, each with one api_key (kept as a hash). */
@Repository
class Open311Clients {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	Open311Clients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Client(long id, String name, String keyHint, String issuedBy, @Nullable Instant issuedAt,
			@Nullable Instant revokedAt) {

		public boolean revoked() {
			return revokedAt != null;
		}
	}

	/** Issues a client and answers its key, which is not kept and cannot be shown again. */
	@Transactional
	String issue(String name, String issuedBy, Instant now) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into open311_client (name, key_hash, key_hint, issued_by, issued_at)
				values (:name, :hash, :hint, :by, :at)""")
			.param("name", name)
			.param("hash", hash(key))
			.param("hint", key.substring(0, 4))
			.param("by", issuedBy)
			.param("at", Timestamp.from(now))
			.update();
		return key;
	}

	@Transactional
	boolean revoke(long id, Instant now) {
		return jdbc.sql("update open311_client set revoked_at = :at where id = :id and revoked_at is null")
			.param("at", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	/** The client holding this key, unless revoked. */
	@Transactional(readOnly = true)
	Optional<Client> byKey(String key) {
		return jdbc.sql(SELECT + " where key_hash = :hash and revoked_at is null")
			.param("hash", hash(key))
			.query(Open311Clients::map)
			.optional();
	}

	@Transactional(readOnly = true)
	List<Client> all() {
		return jdbc.sql(SELECT + " order by id").query(Open311Clients::map).list();
	}

	private static final String SELECT = "select id, name, key_hint, issued_by, issued_at, revoked_at from open311_client";

	private static Client map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		OffsetDateTime issued = rs.getObject("issued_at", OffsetDateTime.class);
		OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
		return new Client(rs.getLong("id"), rs.getString("name"), rs.getString("key_hint"), rs.getString("issued_by"),
				issued == null ? null : issued.toInstant(), revoked == null ? null : revoked.toInstant());
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
