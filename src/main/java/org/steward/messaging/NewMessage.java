package org.steward.messaging;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A message to write to the outbox, already worded in the recipient's language.
 *
 * @param dedupeKey unique per event, recipient, channel and kind: the outbox keeps the first
 * @param recipient an e-mail address, a phone number or (in-app) a username
 * @param params    the template's parameters, sent as they are to an SMS gateway's own template
 */
record NewMessage(String dedupeKey, MessageKind kind, MessageChannel channel, String recipient,
		@Nullable String username, String locale, String subject, String body, Map<String, String> params,
		@Nullable String link, @Nullable String caseNumber, boolean urgent) {
}
