package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An officer reported for duty on the case (报到). */
public record CaseAcknowledged(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.ACKNOWLEDGE;
	}
}
