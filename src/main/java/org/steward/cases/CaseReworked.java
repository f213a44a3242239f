package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The case goes back to the officers (返工): its handling failed verification, or the review of a
 * dissatisfied rating reopened it.
 */
public record CaseReworked(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, Cause cause) implements CaseEvent {

	/** Why the case is worked again. */
	public enum Cause {
		VERIFICATION_FAILED, REVIEW_FAILED
	}

	@Override
	public CaseStep step() {
		return cause == Cause.VERIFICATION_FAILED ? CaseStep.REWORK : CaseStep.REVIEW_REWORK;
	}
}
