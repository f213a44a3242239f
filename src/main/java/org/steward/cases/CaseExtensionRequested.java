package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * More working days were asked for; {@code until} is the handling deadline the request would set.
 */
public record CaseExtensionRequested(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, int workingDays, Instant until, String reason) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.EXTEND;
	}
}
