package org.steward.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steward.privacy.PersonalData;

/**
 * Words a message from its kind's templates ({@code messaging.kind.<KIND>.subject} and
 * {@code .body} in the messaging bundles, zh-CN and English). A template's arguments are the
 * parameters in the order given ({0}, {1}, …); the same parameters, by name, go to an SMS gateway.
 */
@Component
class Templates {

	private final MessageSource messages;

	private final PersonalData personalData;

	Templates(MessageSource messages, PersonalData personalData) {
		this.messages = messages;
		this.personalData = personalData;
	}

	NewMessage compose(String eventKey, MessageKind kind, MessageChannel channel, String recipient,
			@Nullable String username, Locale locale, Map<String, String> params, @Nullable String link,
			@Nullable String caseNumber, boolean urgent) {
		Object[] args = params.values().toArray();
		String subject = messages.getMessage("messaging.kind." + kind.name() + ".subject", args, locale);
		String body = messages.getMessage("messaging.kind." + kind.name() + ".body", args, locale);
		// the recipient enters the key by its keyed hash: a phone number's plain SHA-256 could be found by trying
		// every number. (A key rotation changes it; a replay spanning a rotation could then send twice.)
		String key = digest(eventKey + "|" + kind.name() + "|" + channel.name() + "|" + personalData.searchHash(recipient));
		return new NewMessage(key, kind, channel, recipient, username, locale.toLanguageTag(), subject, body,
				new LinkedHashMap<>(params), link, caseNumber, urgent);
	}

	private static String digest(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
