package org.steward.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.territory.GeoPoint;

/**
 * An officer arrived on the spot, at {@code location}, with the evidence (SHA-256 hashes) taken
 * there.
 */
public record CaseArrived(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, GeoPoint location, List<String> evidenceHashes) implements CaseEvent {

	public CaseArrived {
		evidenceHashes = List.copyOf(evidenceHashes);
	}

	@Override
	public CaseStep step() {
		return CaseStep.ARRIVE;
	}
}
