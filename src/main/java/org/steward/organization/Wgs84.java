package org.steward.organization;

import org.steward.territory.Crs;
import org.steward.territory.GeoPoint;

/**
 * Converts a point from a Chinese web-map system to WGS-84 with the published GCJ-02 / BD-09
 * formulas (inverse by fixed-point iteration, well under a metre). Territory's locator converts
 * internally but answers only the location, and the locate answer echoes the WGS-84 point, so
 * the conversion is repeated here; replace it when territory exposes its converter.
 */
final class Wgs84 {

	private static final double A = 6378245.0;

	private static final double EE = 0.00669342162296594323;

	private static final double X_PI = Math.PI * 3000.0 / 180.0;

	private Wgs84() {
	}

	static GeoPoint from(double lat, double lng, Crs crs) {
		return switch (crs) {
			case WGS84 -> new GeoPoint(lat, lng);
			case GCJ02 -> fromGcj02(lat, lng);
			case BD09 -> {
				double x = lng - 0.0065;
				double y = lat - 0.006;
				double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
				double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
				yield fromGcj02(z * Math.sin(theta), z * Math.cos(theta));
			}
		};
	}

	private static GeoPoint fromGcj02(double lat, double lng) {
		if (outsideChina(lat, lng)) {
			return new GeoPoint(lat, lng);
		}
		double wLat = lat;
		double wLng = lng;
		for (int i = 0; i < 6; i++) {
			double[] gcj = toGcj02(wLat, wLng);
			wLat -= gcj[0] - lat;
			wLng -= gcj[1] - lng;
		}
		return new GeoPoint(wLat, wLng);
	}

	static double[] toGcj02(double lat, double lng) {
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

	private static boolean outsideChina(double lat, double lng) {
		return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
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
