package org.steward.privacy;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key personal data is sealed with comes from.
 *
 * @param key the current key, {@code <id>:<secret>} ({@code STEWARD_PRIVACY_KEY}): the id (1–16 letters
 *        or digits) is written in front of every value sealed with it, the secret (at least 32
 *        characters) never leaves configuration. Required in {@code prod}; elsewhere a fixed,
 *        documented, non-secret demo key is used (and logged as such)
 * @param previousKeys keys that still open what they sealed but seal nothing new
 *        ({@code STEWARD_PRIVACY_PREVIOUS_KEYS}, comma-separated), kept until a resealing has moved every
 *        value to the current key (README, "Personal data at rest")
 * @param resealOnStartup whether a node seals values stored in plain text and reseals values of a
 *        previous key when it starts; safe on several nodes at once (each row is rewritten only if it
 *        still holds what was read)
 * @param resealBatch how many rows one resealing transaction rewrites
 */
@ConfigurationProperties("steward.privacy")
record PrivacyProperties(@DefaultValue("") String key, @DefaultValue List<String> previousKeys,
		@DefaultValue("true") boolean resealOnStartup, @DefaultValue("200") int resealBatch) {
}
