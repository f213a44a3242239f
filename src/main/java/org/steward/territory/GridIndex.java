package org.steward.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.prep.PreparedPolygon;

/**
 * An immutable point-in-grid index: a lattice of equal cells over the territory's envelope
 * (about four cells per grid), each listing, in flat arrays, the grids that touch it. A cell
 * that lies wholly inside one grid and touches no other answers without any geometry; in the
 * others the point is tested against the listed grids' prepared polygons (their cached edge
 * index: a few segment checks, not a walk over every vertex). Built once per import and then
 * only read, so any number of threads may query it.
 * <p>It replaced an STR-tree of the grids' envelopes: at 100,000 grids a lookup walked about a
 * dozen tree nodes scattered over the heap and tested two or three envelope candidates, 3.8 µs
 * in {@code LocatorBenchmark}, dominated by memory access; here it is one array lookup and
 * usually no or one polygon test.
 */
final class GridIndex {

	/** One grid: its polygon (WGS-84, x = longitude) and where it sits in the territory. */
	record Grid(Geometry polygon, Location location) {
	}

	static final GridIndex EMPTY = new GridIndex(List.of());

	/** Cells per grid: enough that most cells lie inside one grid, few enough to stay small (≈ 20 bytes per cell). */
	private static final int CELLS_PER_GRID = 4;

	private static final int MAX_CELLS = 1 << 22;

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
	 * order; a member {@code ~g} (negative) means grid {@code g} covers the whole cell and no other
	 * grid touches it.
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
			locators[g] = polygons[g] instanceof PreparedPolygon polygon ? polygon.getPointLocator() : null;
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

		// cell → grids touching it; grids are visited in code order, so each list comes out sorted
		int cells = cols * rws;
		int[] counts = new int[cells + 1];
		List<int[]> touches = new ArrayList<>(n);
		// a cell's rectangle is widened by a hair so that a point rounded into it lies inside it
		double padX = cellWidth * 1e-9;
		double padY = cellHeight * 1e-9;
		for (int g = 0; g < n; g++) {
			Envelope e = byCode.get(g).polygon().getEnvelopeInternal();
			int c0 = column(e.getMinX());
			int c1 = column(e.getMaxX());
			int r0 = row(e.getMinY());
			int r1 = row(e.getMaxY());
			int[] touched = new int[(c1 - c0 + 1) * (r1 - r0 + 1)];
			int k = 0;
			for (int r = r0; r <= r1; r++) {
				for (int c = c0; c <= c1; c++) {
					Geometry rectangle = factory.toGeometry(cellEnvelope(c, r, padX, padY));
					if (polygons[g].intersects(rectangle)) {
						int cell = r * cols + c;
						touched[k++] = polygons[g].covers(rectangle) ? ~cell : cell;
						counts[cell]++;
					}
				}
			}
			touches.add(java.util.Arrays.copyOf(touched, k));
		}
		int[] starts = new int[cells + 1];
		for (int c = 0; c < cells; c++) {
			starts[c + 1] = starts[c] + counts[c];
		}
		int[] filled = new int[cells];
		int[] list = new int[starts[cells]];
		for (int g = 0; g < n; g++) {
			for (int t : touches.get(g)) {
				int cell = t < 0 ? ~t : t;
				boolean coversCell = t < 0;
				// the shortcut only when this grid is the cell's only one: another touching grid
				// may own the shared edge (smaller code)
				list[starts[cell] + filled[cell]++] = coversCell && counts[cell] == 1 ? ~g : g;
			}
		}
		first = starts;
		members = list;
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

	private boolean covers(int g, Coordinate point) {
		PointOnGeometryLocator locator = locators[g];
		if (locator != null) {
			// what PreparedPolygon.covers(point) decides, without building a Point for it
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
