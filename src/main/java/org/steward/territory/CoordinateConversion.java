package org.steward.territory;

/**
 * WGS-84 ↔ GCJ-02 ↔ BD-09 with the published formulas. GCJ-02 is WGS-84 plus a deliberate,
 * position-dependent offset of a few hundred metres inside China and no offset outside it;
 * its inverse has no closed form, so it is found by fixed-point iteration. BD-09 is a further
 * rotation and shift of GCJ-02 whose published inverse is approximate, so it is refined the
 * same way. Both inverses converge far below 1e-7 degrees (about a centimetre).
 */
public final class CoordinateConversion {

	/** Krasovsky 1940 semi-major axis and eccentricity squared, as the GCJ-02 formula uses them. */
	private static final double A = 6378245.0;
	private static final double EE = 0.00669342162296594323;
	private static final double X_PI = Math.PI * 3000.0 / 180.0;
	/** Stop iterating when a step moves less than this (degrees). */
	private static final double EPSILON = 1e-12;
	private static final int MAX_ITERATIONS = 40;

	private CoordinateConversion() {
	}

	/** Converts a point given in {@code crs} to WGS-84. */
	public static GeoPoint toWgs84(double lat, double lng, Crs crs) {
		return switch (crs) {
			case WGS84 -> new GeoPoint(lat, lng);
			case GCJ02 -> gcj02ToWgs84(lat, lng);
			case BD09 -> {
				double[] gcj = bd09ToGcj02Raw(lat, lng);
				yield gcj02ToWgs84(gcj[0], gcj[1]);
			}
		};
	}

	/** Converts a WGS-84 point to {@code crs}. */
	public static MapPoint fromWgs84(GeoPoint wgs84, Crs crs) {
		return switch (crs) {
			case WGS84 -> new MapPoint(wgs84.lat(), wgs84.lng(), Crs.WGS84);
			case GCJ02 -> {
				double[] gcj = wgs84ToGcj02Raw(wgs84.lat(), wgs84.lng());
				yield new MapPoint(gcj[0], gcj[1], Crs.GCJ02);
			}
			case BD09 -> {
				double[] gcj = wgs84ToGcj02Raw(wgs84.lat(), wgs84.lng());
				double[] bd = gcj02ToBd09Raw(gcj[0], gcj[1]);
				yield new MapPoint(bd[0], bd[1], Crs.BD09);
			}
		};
	}

	/** WGS-84 → GCJ-02 (identity outside China). */
	public static MapPoint wgs84ToGcj02(GeoPoint wgs84) {
		return fromWgs84(wgs84, Crs.GCJ02);
	}

	/** GCJ-02 → WGS-84 by iteration. */
	public static GeoPoint gcj02ToWgs84(double lat, double lng) {
		if (outOfChina(lat, lng)) {
			return new GeoPoint(lat, lng);
		}
		double wLat = lat;
		double wLng = lng;
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			double[] g = wgs84ToGcj02Raw(wLat, wLng);
			double dLat = g[0] - lat;
			double dLng = g[1] - lng;
			wLat -= dLat;
			wLng -= dLng;
			if (Math.abs(dLat) < EPSILON && Math.abs(dLng) < EPSILON) {
				break;
			}
		}
		return new GeoPoint(wLat, wLng);
	}

	/** GCJ-02 → BD-09. */
	public static MapPoint gcj02ToBd09(double lat, double lng) {
		double[] bd = gcj02ToBd09Raw(lat, lng);
		return new MapPoint(bd[0], bd[1], Crs.BD09);
	}

	/** BD-09 → GCJ-02. */
	public static MapPoint bd09ToGcj02(double lat, double lng) {
		double[] gcj = bd09ToGcj02Raw(lat, lng);
		return new MapPoint(gcj[0], gcj[1], Crs.GCJ02);
	}

	/** The rough box the GCJ-02 offset applies in; outside it GCJ-02 equals WGS-84. */
	static boolean outOfChina(double lat, double lng) {
		return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
	}

	static double[] wgs84ToGcj02Raw(double lat, double lng) {
		if (outOfChina(lat, lng)) {
			return new double[] { lat, lng };
		}
		double dLat = transformLat(lng - 105.0, lat - 35.0);
		double dLng = transformLng(lng - 105.0, lat - 35.0);
		double radLat = lat / 180.0 * Math.PI;
		double magic = Math.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new double[] { lat + dLat, lng + dLng };
	}

	static double[] gcj02ToBd09Raw(double lat, double lng) {
		double z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
		double theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
		return new double[] { z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065 };
	}

	static double[] bd09ToGcj02Raw(double lat, double lng) {
		// the published inverse, then refined, because on its own it is off by up to ~1e-6 degrees
		double x = lng - 0.0065;
		double y = lat - 0.006;
		double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
		double gLat = z * Math.sin(theta);
		double gLng = z * Math.cos(theta);
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			double[] b = gcj02ToBd09Raw(gLat, gLng);
			double dLat = b[0] - lat;
			double dLng = b[1] - lng;
			gLat -= dLat;
			gLng -= dLng;
			if (Math.abs(dLat) < EPSILON && Math.abs(dLng) < EPSILON) {
				break;
			}
		}
		return new double[] { gLat, gLng };
	}

	private static double transformLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double transformLng(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}
}
