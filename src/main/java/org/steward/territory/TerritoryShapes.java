package org.steward.territory;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * The polygons of the territory for modules that compute with them (which grids touch, where a
 * grid's centre lies): every unit of a level with its WGS-84 geometry (x = longitude, y = latitude).
 */
public interface TerritoryShapes {

	List<Shape> shapes(TerritoryLevel level);

	/** One unit and its polygon. */
	record Shape(TerritoryUnit unit, Geometry geometry) {
	}
}
