package org.steward.cases.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.cases.ActionRequest;
import org.steward.territory.GeoPoint;

/** What an action form posts; each action uses some of these fields (see {@link ActionFields}). */
record ActionForm(@Nullable String notes, @Nullable String reason, @Nullable String result, @Nullable Double lat,
		@Nullable Double lng, @Nullable String target, @Nullable Boolean passed, @Nullable Integer workingDays,
		@Nullable Long expectedVersion) {

	ActionRequest toRequest() {
		GeoPoint location = lat != null && lng != null ? new GeoPoint(lat, lng) : null;
		return new ActionRequest(blankToNull(notes), blankToNull(reason), blankToNull(result), location, List.of(),
				blankToNull(target), passed, workingDays, expectedVersion);
	}

	/** A posted value by field name, to show it again next to a refusal. */
	public @Nullable Object value(String field) {
		return switch (field) {
			case "notes" -> notes;
			case "reason" -> reason;
			case "result" -> result;
			case "target" -> target;
			case "workingDays" -> workingDays;
			case "lat" -> lat;
			case "lng" -> lng;
			default -> null;
		};
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
