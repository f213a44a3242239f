package org.steward.outreach;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed token of a session's QR sign-in link: the session and the moment the link stops being
 * accepted, signed with HMAC-SHA256 under a key made once and kept in the database (so every node
 * accepts the links of every other). No account is needed to use it; a token of another session,
 * another installation or an altered one fails the signature.
 */
@Component
class SignInTokens {

	/** What a valid signature vouches for. */
	record Claim(long sessionId, Instant notAfter) {
	}

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile byte[] key;

	SignInTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String issue(long sessionId, Instant notAfter) {
		String payload = sessionId + "." + notAfter.getEpochSecond();
		return B64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + B64.encodeToString(sign(payload));
	}

	/** The claim of a token whose signature holds; empty for anything else (foreign, altered, malformed). */
	Optional<Claim> verify(String token) {
		try {
			int dot = token.indexOf('.');
			if (dot < 1 || token.length() > 200) {
				return Optional.empty();
			}
			String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, sign(payload))) {
				return Optional.empty();
			}
			String[] parts = payload.split("\\.");
			return Optional.of(new Claim(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] k = key;
		if (k == null) {
			Optional<String> stored = read();
			if (stored.isEmpty()) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				try {
					jdbc.sql("insert into outreach_signing_key (id, secret, created_at) values (1, ?, ?)")
						.params(Base64.getEncoder().encodeToString(fresh), java.sql.Timestamp.from(clock.instant()))
						.update();
				}
				catch (DuplicateKeyException madeByAnotherNode) {
					// the other node's key wins; read it below
				}
				stored = read();
			}
			k = Base64.getDecoder().decode(stored.orElseThrow());
			key = k;
		}
		return k;
	}

	private Optional<String> read() {
		return jdbc.sql("select secret from outreach_signing_key where id = 1").query(String.class).optional();
	}
}
