package org.steward.callback;

import org.steward.refusal.Refusal;

/** How call-backs say no; texts in {@code i18n/callback} (zh-CN and English). */
final class CallBackRefusals {

	private CallBackRefusals() {
	}

	static Refusal commandCentreOnly() {
		return Refusal.forbidden("callback.refused.commandCentreOnly");
	}

	static Refusal notQueued(String caseNumber) {
		return Refusal.notFound("callback.refused.notQueued", caseNumber);
	}

	static Refusal finished(String caseNumber, CallBackStatus status) {
		return Refusal.conflict("callback.refused.finished", caseNumber, Refusal.term("callback.status." + status))
			.with("currentStatus", status);
	}

	/** Another call was recorded meanwhile (or this one with another outcome): reload and look. */
	static Refusal staleAttempt(int attempt, int recorded) {
		return Refusal.conflict("callback.refused.staleAttempt", attempt, recorded).with("attempts", recorded);
	}

	static Refusal outcomeRequired() {
		return Refusal.invalid("outcome", "callback.refused.outcome.required");
	}

	static Refusal unknownOutcome(String given) {
		return Refusal.invalid("outcome", "callback.refused.outcome.unknown", given);
	}

	static Refusal badAttempt(int max) {
		return Refusal.invalid("attempt", "callback.refused.attempt.range", max);
	}

	static Refusal noteTooLong(int max) {
		return Refusal.invalid("note", "callback.refused.note.tooLong", max);
	}

	static Refusal outsideScope(String caseNumber) {
		return Refusal.forbidden("callback.refused.outsideScope", caseNumber);
	}

	static Refusal unknownStatus(String given) {
		return Refusal.invalid("status", "callback.refused.status.unknown", given);
	}
}
