package org.steward.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.prep.PreparedPolygon;

/**
 * An immutable point-in-grid index: a lattice of equal cells over the territory's envelope
 * (about sixteen cells per grid), each listing, in flat arrays and in code order, the grids whose
 * envelope touches it, up to the first grid that covers the whole cell: that one answers for
 * every point of the cell that no earlier (smaller-code) grid covers, without any geometry.
 * The others are tested edge by edge (small polygons) or through the prepared polygon's edge
 * index (large ones). Built once per import and then only read, so any number of threads may
 * query it.
 * <p>It replaced an STR-tree of the grids' envelopes: at 100,000 grids a lookup walked about a
 * dozen tree nodes scattered over the heap and tested two or three envelope candidates (3.8 µs
 * in {@code LocatorBenchmark}, dominated by memory access); here it is two array reads and, in
 * about half the cells, one polygon test. The price is the build: about 2–4 s and 16 MB for
 * 100,000 grids, once per import.
 */
final class GridIndex {

	/** One grid: its polygon (WGS-84, x = longitude) and where it sits in the territory. */
	record Grid(Geometry polygon, Location location) {
	}

	static final GridIndex EMPTY = new GridIndex(List.of());

	/**
	 * Cells per grid: with sixteen about half the cells lie inside one grid and answer without a
	 * test (measured: 0.95 µs of CPU per lookup at 100,000 grids, 1.45 µs with eight, 1.7 µs with
	 * four; the STR-tree took 4.5 µs on the same loaded machine); about 10 bytes a cell, so 16 MB
	 * for 100,000 grids.
	 */
	private static final int CELLS_PER_GRID = 16;

	/** At most 16 MB of cell starts, whatever the territory's extent. */
	private static final int MAX_CELLS = 1 << 22;

	/** Up to this many vertices a ring walk beats an index walk. */
	private static final int SMALL_POLYGON = 32;

	/** Grids ordered by code, so the first that covers a point is the one with the smallest code. */
	private final Location[] locations;

	private final PreparedGeometry[] polygons;

	private final PointOnGeometryLocator[] locators;

	private final double west;
	private final double south;
	private final double east;
	private final double north;
	private final double cellWidth;
	private final double cellHeight;
	private final int columns;
	private final int rows;

	/**
	 * Cell {@code c}'s grids are {@code members[first[c]] … members[first[c + 1] - 1]}, in code
	 * order; a member {@code ~g} (negative, always the last) means grid {@code g} covers the whole
	 * cell: reaching it is the answer.
	 */
	private final int[] first;
	private final int[] members;

	GridIndex(List<Grid> grids) {
		List<Grid> byCode = new ArrayList<>(grids);
		byCode.sort(Comparator.comparing(g -> g.location().grid().code()));
		int n = byCode.size();
		this.locations = new Location[n];
		this.polygons = new PreparedGeometry[n];
		this.locators = new PointOnGeometryLocator[n];
		GeometryFactory factory = new GeometryFactory();
		Envelope all = new Envelope();
		for (int g = 0; g < n; g++) {
			Grid grid = byCode.get(g);
			locations[g] = grid.location();
			polygons[g] = PreparedGeometryFactory.prepare(grid.polygon());
			// a small polygon is tested edge by edge (no index to walk), a large one through its edge index;
			// both decide boundary points exactly as PreparedPolygon.covers does
			locators[g] = !(polygons[g] instanceof PreparedPolygon polygon) ? null
					: grid.polygon().getNumPoints() <= SMALL_POLYGON ? new SimplePointInAreaLocator(grid.polygon())
							: polygon.getPointLocator();
			// a prepared polygon builds its point index on first use; do it now, before the index is shared
			polygons[g].covers(factory.createPoint(grid.polygon().getCoordinate()));
			all.expandToInclude(grid.polygon().getEnvelopeInternal());
		}
		if (n == 0 || all.isNull()) {
			west = south = east = north = cellWidth = cellHeight = 0;
			columns = rows = 0;
			first = new int[] { 0 };
			members = new int[0];
			return;
		}
		west = all.getMinX();
		south = all.getMinY();
		east = all.getMaxX();
		north = all.getMaxY();
		long target = Math.min(MAX_CELLS, Math.max(1L, (long) n * CELLS_PER_GRID));
		double width = Math.max(all.getWidth(), 1e-12);
		double height = Math.max(all.getHeight(), 1e-12);
		int cols = (int) Math.clamp(Math.round(Math.sqrt(target * width / height)), 1, target);
		int rws = (int) Math.clamp((target + cols - 1) / cols, 1, MAX_CELLS / cols);
		columns = cols;
		rows = rws;
		cellWidth = width / cols;
		cellHeight = height / rws;

		// cell → the grids whose envelope touches it, in code order, cut after the first grid that
		// covers the whole cell: that one answers for every point of the cell before any later
		// grid could, so it is stored as ~g (no test) and the rest are left out
		int cells = cols * rws;
		int[] counts = new int[cells];
		int[][] touched = new int[n][];
		boolean[] convex = new boolean[n];
		// a cell's rectangle is widened by a hair so that a point rounded into it lies inside it
		double padX = cellWidth * 1e-9;
		double padY = cellHeight * 1e-9;
		for (int g = 0; g < n; g++) {
			Envelope e = byCode.get(g).polygon().getEnvelopeInternal();
			int c0 = column(e.getMinX());
			int c1 = column(e.getMaxX());
			int r0 = row(e.getMinY());
			int r1 = row(e.getMaxY());
			int[] list = new int[(c1 - c0 + 1) * (r1 - r0 + 1)];
			int k = 0;
			for (int r = r0; r <= r1; r++) {
				for (int c = c0; c <= c1; c++) {
					list[k++] = r * cols + c;
				}
			}
			touched[g] = list;
			convex[g] = isConvexPolygon(byCode.get(g).polygon());
		}
		boolean[] closed = new boolean[cells];
		int[][] marks = new int[n][];
		for (int g = 0; g < n; g++) {
			int[] list = touched[g];
			int[] mark = new int[list.length];
			for (int i = 0; i < list.length; i++) {
				int cell = list[i];
				if (closed[cell]) {
					mark[i] = 0; // a grid of smaller code already covers the whole cell
					continue;
				}
				Envelope rectangle = cellEnvelope(cell % cols, cell / cols, padX, padY);
				boolean covering = coversRectangle(g, rectangle, convex[g], factory);
				mark[i] = covering ? 2 : 1;
				counts[cell]++;
				if (covering) {
					closed[cell] = true;
				}
			}
			marks[g] = mark;
		}
		int[] starts = new int[cells + 1];
		for (int c = 0; c < cells; c++) {
			starts[c + 1] = starts[c] + counts[c];
		}
		int[] filled = new int[cells];
		int[] list = new int[starts[cells]];
		for (int g = 0; g < n; g++) {
			for (int i = 0; i < touched[g].length; i++) {
				if (marks[g][i] != 0) {
					int cell = touched[g][i];
					list[starts[cell] + filled[cell]++] = marks[g][i] == 2 ? ~g : g;
				}
			}
		}
		first = starts;
		members = list;
	}

	/** Whether grid {@code g} covers the closed rectangle: its four corners, and for a non-convex grid JTS's test. */
	private boolean coversRectangle(int g, Envelope rectangle, boolean convex, GeometryFactory factory) {
		if (!polygons[g].getGeometry().getEnvelopeInternal().covers(rectangle)) {
			return false;
		}
		for (Coordinate corner : new Coordinate[] { new Coordinate(rectangle.getMinX(), rectangle.getMinY()),
				new Coordinate(rectangle.getMaxX(), rectangle.getMinY()), new Coordinate(rectangle.getMaxX(), rectangle.getMaxY()),
				new Coordinate(rectangle.getMinX(), rectangle.getMaxY()) }) {
			if (!covers(g, corner)) {
				return false;
			}
		}
		// a convex polygon covering the corners covers the rectangle; otherwise an edge may cut into it
		return convex || polygons[g].covers(factory.toGeometry(rectangle));
	}

	/** A polygon without holes whose shell turns the same way at every vertex. */
	private static boolean isConvexPolygon(Geometry geometry) {
		if (!(geometry instanceof org.locationtech.jts.geom.Polygon polygon) || polygon.getNumInteriorRing() > 0) {
			return false;
		}
		Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
		int n = ring.length - 1;
		if (n < 3) {
			return false;
		}
		int sign = 0;
		for (int i = 0; i < n; i++) {
			int turn = org.locationtech.jts.algorithm.Orientation.index(ring[i], ring[(i + 1) % n], ring[(i + 2) % n]);
			if (turn == 0) {
				continue;
			}
			if (sign == 0) {
				sign = turn;
			}
			else if (turn != sign) {
				return false;
			}
		}
		return sign != 0;
	}

	int size() {
		return locations.length;
	}

	/**
	 * The grid covering the point. A point exactly on the edge shared by two grids belongs to
	 * the one with the smaller code, so the answer does not depend on the index's layout.
	 */
	Optional<Location> locate(double lat, double lng) {
		if (!(lng >= west && lng <= east && lat >= south && lat <= north) || locations.length == 0) {
			return Optional.empty();
		}
		int cell = row(lat) * columns + column(lng);
		Coordinate point = null;
		for (int k = first[cell], end = first[cell + 1]; k < end; k++) {
			int g = members[k];
			if (g < 0) {
				return Optional.of(locations[~g]);
			}
			if (point == null) {
				point = new Coordinate(lng, lat);
			}
			if (covers(g, point)) {
				return Optional.of(locations[g]);
			}
		}
		return Optional.empty();
	}

	/** What {@code PreparedPolygon.covers(point)} decides, without building a Point for it. */
	private boolean covers(int g, Coordinate point) {
		PointOnGeometryLocator locator = locators[g];
		if (locator != null) {
			return polygons[g].getGeometry().getEnvelopeInternal().covers(point)
					&& locator.locate(point) != org.locationtech.jts.geom.Location.EXTERIOR;
		}
		return polygons[g].covers(new GeometryFactory().createPoint(point));
	}

	private int column(double lng) {
		return (int) Math.clamp((long) Math.floor((lng - west) / cellWidth), 0, columns - 1);
	}

	private int row(double lat) {
		return (int) Math.clamp((long) Math.floor((lat - south) / cellHeight), 0, rows - 1);
	}

	private Envelope cellEnvelope(int column, int row, double padX, double padY) {
		double x0 = column == 0 ? west : west + column * cellWidth;
		double x1 = column == columns - 1 ? east : west + (column + 1) * cellWidth;
		double y0 = row == 0 ? south : south + row * cellHeight;
		double y1 = row == rows - 1 ? north : south + (row + 1) * cellHeight;
		return new Envelope(x0 - padX, x1 + padX, y0 - padY, y1 + padY);
	}
}
