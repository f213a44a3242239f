package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The case took over a duplicate, {@code from}, and the supporters it brought. */
public record CaseMergedFrom(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, CaseNumber from, int supportersAdded) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.MERGED_FROM;
	}
}
