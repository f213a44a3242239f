package org.steward.privacy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.gcm.BasicGCMMultiplier;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Seals and opens personal data, and hashes it for look-ups. A sealed value reads
 * {@code sm4g1:<key id>:<base64 of nonce ‖ ciphertext ‖ tag>}: SM4 in GCM mode with a random 96-bit
 * nonce and a 128-bit tag, so a changed byte or a wrong key fails instead of yielding garbage. The
 * prefix versions the format and names the key, which lets a previous key keep opening what it
 * sealed while the current one seals everything new. A value without the prefix is one stored before
 * sealing began; it is returned as it is until {@link Resealing} seals it.
 */
@Component
public class PersonalData {

	private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

	static final String FORMAT = "sm4g1:";

	/** The key of every profile but {@code prod}: documented in the README, hence no secret. */
	static final String DEMO_KEY = "demo:steward-demo-privacy-key-not-for-production-use";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final PrivacyKey current;

	private final Map<String, PrivacyKey> keys = new LinkedHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	PersonalData(PrivacyProperties settings, Environment environment) {
		this(keySetting(settings, environment), settings.previousKeys());
	}

	PersonalData(String currentKey, List<String> previousKeys) {
		this.current = PrivacyKey.parse(currentKey, "STEWARD_PRIVACY_KEY");
		keys.put(current.id(), current);
		for (String previous : previousKeys) {
			if (previous.isBlank()) {
				continue;
			}
			PrivacyKey key = PrivacyKey.parse(previous, "STEWARD_PRIVACY_PREVIOUS_KEYS");
			if (keys.putIfAbsent(key.id(), key) != null && !key.id().equals(current.id())) {
				throw new IllegalStateException("STEWARD_PRIVACY_PREVIOUS_KEYS names key " + key.id() + " twice");
			}
		}
	}

	private static String keySetting(PrivacyProperties settings, Environment environment) {
		if (!settings.key().isBlank()) {
			return settings.key();
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException(
					"STEWARD_PRIVACY_KEY must be set (<id>:<secret of at least 32 characters>) in the prod profile");
		}
		log.warn("Personal data is sealed with the documented demo key; set STEWARD_PRIVACY_KEY in production");
		return DEMO_KEY;
	}

	/** The id of the key that seals: what {@link Resealing} moves every value to. */
	public String currentKeyId() {
		return current.id();
	}

	/** {@code plain} sealed with the current key; null stays null. */
	public @Nullable String seal(@Nullable String plain) {
		if (plain == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		byte[] input = plain.getBytes(StandardCharsets.UTF_8);
		GCMModeCipher cipher = cipher(true, current, nonce);
		byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(input.length)];
		System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
		int length = cipher.processBytes(input, 0, input.length, out, NONCE_BYTES);
		try {
			cipher.doFinal(out, NONCE_BYTES + length);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException("GCM cannot fail while sealing", ex);
		}
		return FORMAT + current.id() + ":" + Base64.getEncoder().encodeToString(out);
	}

	/**
	 * What {@code stored} holds: opened if sealed, as it is if stored before sealing began; null stays null.
	 *
	 * @throws PersonalDataUnreadable sealed with a key this node does not hold, or altered
	 */
	public @Nullable String open(@Nullable String stored) {
		if (stored == null || !isSealed(stored)) {
			return stored;
		}
		int colon = stored.indexOf(':', FORMAT.length());
		if (colon < 0) {
			throw new PersonalDataUnreadable("A sealed value without its key id");
		}
		String id = stored.substring(FORMAT.length(), colon);
		PrivacyKey key = keys.get(id);
		if (key == null) {
			throw new PersonalDataUnreadable("A value sealed with key " + id
					+ ", which this node does not hold (STEWARD_PRIVACY_KEY / STEWARD_PRIVACY_PREVIOUS_KEYS)");
		}
		byte[] sealed;
		try {
			sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new PersonalDataUnreadable("A sealed value that is not Base64", ex);
		}
		if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new PersonalDataUnreadable("A sealed value too short to hold its nonce and tag");
		}
		GCMModeCipher cipher = cipher(false, key, java.util.Arrays.copyOf(sealed, NONCE_BYTES));
		byte[] out = new byte[cipher.getOutputSize(sealed.length - NONCE_BYTES)];
		int length = cipher.processBytes(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES, out, 0);
		try {
			length += cipher.doFinal(out, length);
		}
		catch (InvalidCipherTextException ex) {
			throw new PersonalDataUnreadable("A value sealed with key " + id + " does not open: altered, or "
					+ "sealed under another secret with the same id", ex);
		}
		return new String(out, 0, length, StandardCharsets.UTF_8);
	}

	/** Whether {@code stored} is in the sealed format (with any key). */
	public boolean isSealed(@Nullable String stored) {
		return stored != null && stored.startsWith(FORMAT);
	}

	/** Whether {@code stored} is sealed with the current key (so resealing leaves it alone). */
	public boolean sealedWithCurrentKey(@Nullable String stored) {
		return stored != null && stored.startsWith(currentPrefix());
	}

	String currentPrefix() {
		return FORMAT + current.id() + ":";
	}

	/**
	 * The searchable hash of {@code value} under the current key (HMAC-SM3, hex), computed on the value
	 * as {@link #normalise(String) normalised}; stored beside the sealed value. Null stays null.
	 */
	public @Nullable String searchHash(@Nullable String value) {
		return value == null ? null : hash(current, value);
	}

	/**
	 * The hashes a stored value of {@code value} may carry: under the current key first, then under each
	 * previous key (rows a resealing has not reached yet). Look-ups ask for any of them.
	 */
	public List<String> searchHashes(String value) {
		List<String> hashes = new ArrayList<>();
		for (PrivacyKey key : keys.values()) {
			hashes.add(hash(key, value));
		}
		return hashes;
	}

	/**
	 * What a hash is computed on: without surrounding space; an e-mail address in lower case; a phone
	 * number without spaces and hyphens — so 138-0000 1111 and 13800001111 find each other.
	 */
	static String normalise(String value) {
		String v = value.strip();
		if (v.indexOf('@') >= 0) {
			return v.toLowerCase(Locale.ROOT);
		}
		return v.replaceAll("[\\s\\-]", "");
	}

	private static String hash(PrivacyKey key, String value) {
		return HexFormat.of().formatHex(PrivacyKey.hmacSm3(key.searchKey(), normalise(value)));
	}

	private static GCMModeCipher cipher(boolean sealing, PrivacyKey key, byte[] nonce) {
		// values are a block or two: the basic multiplier skips the 4 KB table the default builds per key setup
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine(), new BasicGCMMultiplier());
		cipher.init(sealing, new AEADParameters(new KeyParameter(key.sealingKey()), TAG_BITS, nonce));
		return cipher;
	}
}
