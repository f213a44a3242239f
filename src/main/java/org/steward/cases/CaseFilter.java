package org.steward.cases;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the case list. Every field is optional; the viewer's data scope always applies
 * on top. {@code commandQueue} selects cases waiting for the command centre (ESCALATED to it);
 * {@code assignedTo} the cases an officer (username) holds.
 */
public record CaseFilter(Set<CaseStatus> statuses, @Nullable String stationCode, @Nullable String categoryCode,
		@Nullable Boolean overdue, @Nullable Instant from, @Nullable Instant to, boolean commandQueue,
		@Nullable String assignedTo) {

	public CaseFilter {
		statuses = Set.copyOf(statuses);
	}

	public static CaseFilter all() {
		return new CaseFilter(Set.of(), null, null, null, null, null, false, null);
	}
}
