package org.steward.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as a resident sees it by tracking code: status and a public timeline — no names, no
 * phone numbers, no internal notes.
 */
public record PublicCase(TrackingCode trackingCode, CaseStatus status, String categoryCode, String categoryNameZh,
		String categoryNameEn, @Nullable String address, Instant registeredAt, List<Step> timeline, int supporters,
		boolean canRate, @Nullable Rating rating) {

	public PublicCase {
		timeline = List.copyOf(timeline);
	}

	/** A public step: when, which action, and the status it led to. */
	public record Step(Instant at, CaseStep action, CaseStatus status) {
	}
}
