package org.steward.territory;

/** A WGS-84 position in decimal degrees. */
public record GeoPoint(double lat, double lng) {

	public GeoPoint {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new IllegalArgumentException("Latitude must be between -90 and 90, was " + lat);
		}
		if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
			throw new IllegalArgumentException("Longitude must be between -180 and 180, was " + lng);
		}
	}
}
