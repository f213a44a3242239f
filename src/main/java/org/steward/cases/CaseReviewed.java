package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The squad leader's review of a dissatisfied rating passed: the case stays closed. */
public record CaseReviewed(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.REVIEW_PASSED;
	}
}
