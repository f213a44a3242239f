package org.steward.messaging;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A message a sender has claimed and now delivers. */
record Outgoing(long id, String dedupeKey, MessageKind kind, MessageChannel channel, String recipient,
		String subject, String body, Map<String, String> params, @Nullable String link, boolean urgent, int attempts) {
}
