package org.steward.territory;

import org.steward.refusal.Refusal;

/**
 * A WGS-84 position in decimal degrees. A coordinate out of range is refused as an invalid {@code lat} or
 * {@code lng}, so a form or the API names it in the reader's language.
 */
public record GeoPoint(double lat, double lng) {

	public GeoPoint {
		checkRange(lat, lng);
	}

	/** Latitude in [-90, 90], longitude in [-180, 180], both finite; every bad one is named. */
	static void checkRange(double lat, double lng) {
		java.util.List<Refusal.FieldError> bad = new java.util.ArrayList<>();
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			bad.add(Refusal.FieldError.of("lat", "territory.refused.latitude", String.valueOf(lat)));
		}
		if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
			bad.add(Refusal.FieldError.of("lng", "territory.refused.longitude", String.valueOf(lng)));
		}
		Refusal.throwIfAny(bad);
	}
}
