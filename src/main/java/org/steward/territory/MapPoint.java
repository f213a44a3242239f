package org.steward.territory;

/**
 * A position as a particular map draws it: decimal degrees in {@code crs}. Only WGS-84 is
 * stored; GCJ-02 (AMap, Tencent) and BD-09 (Baidu) exist at the edges, for clients and tiles.
 */
public record MapPoint(double lat, double lng, Crs crs) {

	public MapPoint {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new IllegalArgumentException("Latitude must be between -90 and 90, was " + lat);
		}
		if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
			throw new IllegalArgumentException("Longitude must be between -180 and 180, was " + lng);
		}
	}

	/** The same place in WGS-84. */
	public GeoPoint toWgs84() {
		return CoordinateConversion.toWgs84(lat, lng, crs);
	}

	/** The same place as a map in {@code target} draws it. */
	public MapPoint to(Crs target) {
		return CoordinateConversion.fromWgs84(toWgs84(), target);
	}
}
