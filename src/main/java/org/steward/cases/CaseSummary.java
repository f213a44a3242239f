package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A case as boards and lists show it. */
public record CaseSummary(CaseNumber caseNumber, TrackingCode trackingCode, CaseStatus status, String categoryCode,
		String categoryNameZh, String categoryNameEn, @Nullable String gridCode, @Nullable String stationCode,
		@Nullable String squadCode, @Nullable String communityCode, @Nullable String address, double lat, double lng,
		String urgency, Instant registeredAt, @Nullable Instant acknowledgeBy, @Nullable Instant handleBy,
		boolean overdue, int supporters, long version) {
}
