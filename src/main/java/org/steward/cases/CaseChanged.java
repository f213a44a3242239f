package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Published (through the event publication registry) whenever a case is registered or any
 * action changes it. Carries what a live board needs to redraw the case's row.
 *
 * @param change what happened, e.g. REGISTERED, ACKNOWLEDGE, HANDLE, DEADLINE_MISSED
 */
public record CaseChanged(CaseNumber caseNumber, String change, CaseStatus status, @Nullable String stationCode,
		@Nullable String squadCode, @Nullable String communityCode, String categoryCode, @Nullable Instant acknowledgeBy,
		@Nullable Instant handleBy, Instant at) {
}
