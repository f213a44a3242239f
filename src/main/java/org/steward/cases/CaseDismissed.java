package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The case was rejected as not a valid case (不予立案), with the reason. */
public record CaseDismissed(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, String reason) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.REJECT;
	}
}
