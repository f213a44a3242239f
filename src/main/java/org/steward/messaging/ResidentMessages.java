package org.steward.messaging;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cases.CaseArrived;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseReworked;
import org.steward.cases.CaseTransferred;
import org.steward.cases.CaseVerified;
import org.steward.intake.UpdatesRequested;

/**
 * What residents who opted in hear: received (with the tracking code), officers on site, the
 * result (with the rating link), reopened. Runs just before the event's transaction commits, so
 * the outbox rows commit with the step they tell of, or not at all (ADR 0008).
 */
@Component
class ResidentMessages {

	private final Subscriptions subscriptions;

	private final Templates templates;

	private final Outbox outbox;

	private final MessagingProperties properties;

	private final Clock clock;

	ResidentMessages(Subscriptions subscriptions, Templates templates, Outbox outbox, MessagingProperties properties,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.templates = templates;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UpdatesRequested requested) {
		Subscriptions.Subscription subscription = subscriptions.add(requested.caseNumber().value(),
				requested.trackingCode().value(), requested.address(), Locale.forLanguageTag(requested.locale()),
				clock.instant());
		enqueue(subscription, MessageKind.RECEIVED, "received:" + requested.caseNumber().value());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseEvent event) {
		MessageKind kind = kindOf(event);
		if (kind == null) {
			return;
		}
		String eventKey = "case:" + event.caseNumber().value() + ":" + event.step() + ":" + event.at().toEpochMilli();
		for (Subscriptions.Subscription subscription : subscriptions.activeFor(event.caseNumber().value())) {
			enqueue(subscription, kind, eventKey);
		}
	}

	private static @Nullable MessageKind kindOf(CaseEvent event) {
		return switch (event) {
			case CaseArrived arrived -> MessageKind.ON_SITE;
			case CaseVerified verified -> MessageKind.RESULT;
			case CaseTransferred transferred -> MessageKind.TRANSFERRED;
			case CaseReworked reworked when reworked.cause() == CaseReworked.Cause.REVIEW_FAILED -> MessageKind.REOPENED;
			default -> null;
		};
	}

	private void enqueue(Subscriptions.Subscription subscription, MessageKind kind, String eventKey) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("code", subscription.trackingCode());
		params.put("link", properties.publicUrl() + "/track/" + subscription.trackingCode());
		params.put("stop", properties.publicUrl() + "/updates/" + subscription.token());
		outbox.enqueue(templates.compose(eventKey, kind, subscription.channel(), subscription.address(), null,
				subscription.locale(), params, "/track/" + subscription.trackingCode(), subscription.caseNumber(),
				kind.urgent), clock.instant());
	}
}
