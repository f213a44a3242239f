package org.steward.territory;

/**
 * A position as a particular map draws it: decimal degrees in {@code crs}. Only WGS-84 is
 * stored; GCJ-02 (AMap, Tencent) and BD-09 (Baidu) exist at the edges, for clients and tiles.
 */
public record MapPoint(double lat, double lng, Crs crs) {

	public MapPoint {
		GeoPoint.checkRange(lat, lng);
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
