package org.steward.messaging;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.outreach.SessionInvited;

/**
 * Invitations to a guidance or legal-education session (服务指导/普法宣讲): an SMS to each contact
 * the parties registry holds for an invited party, in Chinese (the registry keeps no language).
 * Written just before the outreach sweep's claim commits, like every other message; quiet hours
 * and per-number limits hold them like any resident message (they are never urgent).
 */
@Component
class InvitationMessages {

	private final Templates templates;

	private final Outbox outbox;

	private final Clock clock;

	InvitationMessages(Templates templates, Outbox outbox, Clock clock) {
		this.templates = templates;
		this.outbox = outbox;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SessionInvited invited) {
		String eventKey = "invite:" + invited.stationCode() + ":"
				+ (invited.sessionId() != null ? "s" + invited.sessionId() : "slot" + invited.slotId()) + ":" + invited.date();
		for (SessionInvited.Invitee invitee : invited.invitees()) {
			Map<String, String> params = new LinkedHashMap<>();
			params.put("name", invitee.contactName());
			params.put("when", invited.date() + " " + invited.time());
			params.put("place", invited.place() == null ? "" : invited.place());
			params.put("topic", invited.topic());
			params.put("party", invitee.partyName());
			outbox.enqueue(templates.compose(eventKey, MessageKind.INVITATION, MessageChannel.SMS, invitee.phone(), null,
					Locale.SIMPLIFIED_CHINESE, params, null, null, MessageKind.INVITATION.urgent), clock.instant());
		}
	}
}
