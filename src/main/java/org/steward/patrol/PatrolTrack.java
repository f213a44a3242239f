package org.steward.patrol;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A track's geometry: the positions as a JTS line simplified with Douglas-Peucker, and its length. The
 * tolerance is given in metres and applied in a local equirectangular frame (metres east and north of
 * the first point), which is exact enough over the few kilometres of a patrol.
 */
final class PatrolTrack {

	private static final double EARTH_RADIUS = 6_371_008.8;

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private PatrolTrack() {
	}

	/** The simplified track as [lat, lng] pairs, first and last position kept. */
	static List<double[]> simplify(List<double[]> latLng, double toleranceMetres) {
		if (latLng.size() < 3) {
			return latLng;
		}
		double lat0 = latLng.get(0)[0];
		double lng0 = latLng.get(0)[1];
		double cos = Math.cos(Math.toRadians(lat0));
		Coordinate[] coordinates = new Coordinate[latLng.size()];
		for (int i = 0; i < latLng.size(); i++) {
			double[] p = latLng.get(i);
			coordinates[i] = new Coordinate(Math.toRadians(p[1] - lng0) * EARTH_RADIUS * cos,
					Math.toRadians(p[0] - lat0) * EARTH_RADIUS);
		}
		LineString line = GEOMETRY.createLineString(coordinates);
		Geometry simplified = DouglasPeuckerSimplifier.simplify(line, toleranceMetres);
		List<double[]> result = new ArrayList<>();
		for (Coordinate c : simplified.getCoordinates()) {
			double lat = lat0 + Math.toDegrees(c.y / EARTH_RADIUS);
			double lng = lng0 + Math.toDegrees(c.x / (EARTH_RADIUS * cos));
			result.add(new double[] { round(lat), round(lng) });
		}
		return result;
	}

	/** Length along the positions in metres (haversine). */
	static double length(List<double[]> latLng) {
		double total = 0;
		for (int i = 1; i < latLng.size(); i++) {
			total += distance(latLng.get(i - 1)[0], latLng.get(i - 1)[1], latLng.get(i)[0], latLng.get(i)[1]);
		}
		return total;
	}

	static double distance(double lat1, double lng1, double lat2, double lng2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLng = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	static String toJson(List<double[]> track) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < track.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append('[').append(track.get(i)[0]).append(',').append(track.get(i)[1]).append(']');
		}
		return json.append(']').toString();
	}

	static List<double[]> fromJson(String json) {
		List<double[]> track = new ArrayList<>();
		String body = json.strip();
		if (body.length() <= 2) {
			return track;
		}
		for (String pair : body.substring(2, body.length() - 2).split("\\],\\[")) {
			String[] parts = pair.split(",");
			track.add(new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]) });
		}
		return track;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e7) / 1e7;
	}
}
