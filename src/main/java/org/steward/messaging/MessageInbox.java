package org.steward.messaging;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.identity.CurrentUser;
import org.steward.inbox.InboxItem;
import org.steward.inbox.InboxSource;

/**
 * A staff member's in-app messages of the last two weeks not yet dismissed, as inbox items (kind
 * {@code messaging.inbox.<KIND>}); {@code POST /messages/{id}/dismiss} clears one.
 */
@Component
class MessageInbox implements InboxSource {

	/** An in-app message nobody dismissed leaves the inbox after this long; the log keeps it. */
	static final java.time.Duration KEPT = java.time.Duration.ofDays(14);

	private final Outbox outbox;

	private final java.time.Clock clock;

	MessageInbox(Outbox outbox, java.time.Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public List<InboxItem> itemsFor(CurrentUser user) {
		List<Outbox.InAppMessage> messages = outbox.inApp(user.username(), clock.instant().minus(KEPT), LIMIT + 1);
		List<InboxItem> items = new java.util.ArrayList<>();
		for (int i = 0; i < Math.min(messages.size(), LIMIT); i++) {
			Outbox.InAppMessage m = messages.get(i);
			items.add(new InboxItem("messaging.inbox." + m.kind().name(), m.subject(),
					m.link() == null ? "/messages/settings" : m.link(),
					m.createdAt() == null ? Instant.EPOCH : m.createdAt(), null, i == LIMIT - 1 && messages.size() > LIMIT));
		}
		return items;
	}
}
