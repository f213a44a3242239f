package org.steward.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The key the record is kept with, from configuration (never from the database): one HMAC-SHA256 key
 * for the entries and one, derived from it, for the checkpoints. Someone who can rewrite the database
 * but does not hold the key cannot recompute a chain that verifies.
 */
@Component
class AuditKey {

	private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

	static final String DEMO_KEY = "steward-demo-audit-key-not-for-production-use";

	private final byte[] entryKey;

	private final byte[] checkpointKey;

	AuditKey(AuditProperties settings, Environment environment) {
		String key = settings.key();
		if (key.isBlank()) {
			if (environment.acceptsProfiles(Profiles.of("prod"))) {
				throw new IllegalStateException("STEWARD_AUDIT_KEY must be set (at least 32 characters) in the prod profile");
			}
			log.warn("The whole-process record is keyed with the demo key; set STEWARD_AUDIT_KEY in production");
			key = DEMO_KEY;
		}
		if (key.length() < 32) {
			throw new IllegalStateException("STEWARD_AUDIT_KEY must be at least 32 characters");
		}
		this.entryKey = key.getBytes(StandardCharsets.UTF_8);
		this.checkpointKey = mac(entryKey, "steward-audit-checkpoint-key".getBytes(StandardCharsets.UTF_8));
	}

	String entryMac(byte[] message) {
		return HexFormat.of().formatHex(mac(entryKey, message));
	}

	String checkpointMac(String message) {
		return HexFormat.of().formatHex(mac(checkpointKey, message.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] mac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}
}
