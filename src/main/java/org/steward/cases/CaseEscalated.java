package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The case was sent up with a reason; only the squad or the command centre acts on it next. */
public record CaseEscalated(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, EscalationTarget target, String reason) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.ESCALATE;
	}
}
