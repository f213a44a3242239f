package org.steward.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.territory.GeoPoint;

/** One step on a case's timeline: who did what, when, where, with which evidence. */
public record TimelineEntry(Instant at, String action, @Nullable String actor, @Nullable String actorName,
		@Nullable CaseStatus fromStatus, CaseStatus toStatus, @Nullable String notes, @Nullable GeoPoint location,
		List<Evidence> evidence) {

	public TimelineEntry {
		evidence = List.copyOf(evidence);
	}
}
