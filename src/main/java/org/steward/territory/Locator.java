package org.steward.territory;

import java.util.Optional;

/**
 * Answers which grid a point lies in. An empty answer means the point is outside the
 * service area — a normal outcome (such reports go to the command centre), not an error.
 */
public interface Locator {

	/** Locates a WGS-84 point. */
	Optional<Location> locate(GeoPoint wgs84);

	/** Converts a point given in {@code crs} to WGS-84, then locates it. */
	Optional<Location> locate(double lat, double lng, Crs crs);
}
