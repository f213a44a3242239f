package org.steward.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as a resident sees it by tracking code: status and a public timeline — no names, no
 * phone numbers, no internal notes.
 *
 * @param trackingCode the code it was asked for: the reporter's, or a "me too" supporter's own
 * @param canRate only the reporter rates, once, a closed case
 * @param supporter the code is a supporter's ("me too"), not the reporter's
 * @param result what was done, as the handling officer wrote it, once the case is handled (no names)
 * @param resultPhotos the photos taken when it was handled (the latest handling)
 * @param transferredTo the outside body a transferred (转办) case went to: "已转办至 X" (a body, never a person)
 */
public record PublicCase(TrackingCode trackingCode, CaseStatus status, String categoryCode, String categoryNameZh,
		String categoryNameEn, @Nullable String address, Instant registeredAt, List<Step> timeline, int supporters,
		boolean canRate, @Nullable Rating rating, boolean supporter, @Nullable String result,
		List<Evidence> resultPhotos, @Nullable String transferredTo) {

	public PublicCase {
		timeline = List.copyOf(timeline);
		resultPhotos = List.copyOf(resultPhotos);
	}

	/** A public step: when, which action, and the status it led to. */
	public record Step(Instant at, CaseStep action, CaseStatus status) {
	}
}
