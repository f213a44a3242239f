package org.steward.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * One configured key: its id, written in front of what it seals, and the two keys derived from its
 * secret with HMAC-SM3 — the SM4 key that seals and the key of the searchable hashes — so that a
 * hash reveals nothing about the sealing key and the other way round.
 */
record PrivacyKey(String id, byte[] sealingKey, byte[] searchKey) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,16}");

	static final int MIN_SECRET_LENGTH = 32;

	/** Reads {@code <id>:<secret>}; the message never repeats the secret. */
	static PrivacyKey parse(String setting, String name) {
		int colon = setting.indexOf(':');
		if (colon < 0) {
			throw new IllegalStateException(name + " must read <id>:<secret> (see README, \"Personal data at rest\")");
		}
		String id = setting.substring(0, colon).strip();
		String secret = setting.substring(colon + 1).strip();
		if (!ID.matcher(id).matches()) {
			throw new IllegalStateException(name + ": the key id must be 1 to 16 letters or digits");
		}
		if (secret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalStateException(name + ": the secret of key " + id + " must be at least "
					+ MIN_SECRET_LENGTH + " characters");
		}
		byte[] material = secret.getBytes(StandardCharsets.UTF_8);
		return new PrivacyKey(id, Arrays.copyOf(hmacSm3(material, "steward-privacy-sm4"), 16),
				hmacSm3(material, "steward-privacy-search"));
	}

	static byte[] hmacSm3(byte[] key, String message) {
		return hmacSm3(key, message.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] hmacSm3(byte[] key, byte[] message) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		mac.update(message, 0, message.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}

	@Override
	public String toString() {
		return "PrivacyKey[" + id + "]";
	}
}
