package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A resident rated the closed case; DISSATISFIED asks the squad leader to review it. No actor:
 * residents are not named.
 */
public record CaseRated(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, Rating rating) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.RATED;
	}
}
