package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The handling passed verification: the case is closed. */
public record CaseVerified(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.VERIFY;
	}
}
