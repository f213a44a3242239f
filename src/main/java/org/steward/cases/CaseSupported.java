package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A further report of the same problem added its voice (群众附议). No actor: residents are not named.
 */
public record CaseSupported(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, long reportId) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.SUPPORTED;
	}
}
