package org.steward.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.territory.GeoPoint;

/**
 * One step on a case's timeline: who did what, when, where, with which evidence. The actor is a
 * display name (null for a resident or the system); the note is a code with arguments, rendered
 * through the bundles.
 */
public record TimelineEntry(Instant at, CaseStep action, @Nullable String actorName, @Nullable CaseStatus fromStatus,
		CaseStatus toStatus, TimelineNote note, @Nullable GeoPoint location, List<Evidence> evidence) {

	public TimelineEntry {
		evidence = List.copyOf(evidence);
	}
}
