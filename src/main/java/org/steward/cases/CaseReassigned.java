package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The case was routed anew to a station (and one of its officers) and dispatched again with new
 * deadlines.
 */
public record CaseReassigned(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, String stationCode, @Nullable String officerName, String reason) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.REASSIGN;
	}
}
