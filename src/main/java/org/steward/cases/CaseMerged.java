package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The case was a duplicate and was merged into {@code into}, which carries on. */
public record CaseMerged(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, CaseNumber into) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.MERGE;
	}
}
