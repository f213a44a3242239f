package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An extension request was settled: approved moves the handling deadline, refused keeps it. */
public record CaseExtensionDecided(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, boolean approved) implements CaseEvent {

	@Override
	public CaseStep step() {
		return approved ? CaseStep.EXTENSION_APPROVED : CaseStep.EXTENSION_REFUSED;
	}
}
