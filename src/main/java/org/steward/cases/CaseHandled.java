package org.steward.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.territory.GeoPoint;

/** The case was handled; waiting for verification. {@code result} is what the officer reported. */
public record CaseHandled(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, String result, @Nullable GeoPoint location,
		List<String> evidenceHashes) implements CaseEvent {

	public CaseHandled {
		evidenceHashes = List.copyOf(evidenceHashes);
	}

	@Override
	public CaseStep step() {
		return CaseStep.HANDLE;
	}
}
