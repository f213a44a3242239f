package org.steward.territory;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable point-in-grid index: an STR-tree of grid envelopes whose entries hold the grid
 * as a {@link PreparedGeometry} (which caches its edge index, so a point test costs a few
 * segment checks rather than a walk over every vertex) and the answer to return. Built once
 * per import and then only read, so any number of threads may query it.
 */
final class GridIndex {

	/** One grid: its polygon (WGS-84, x = longitude) and where it sits in the territory. */
	record Grid(Geometry polygon, Location location) {
	}

	private record Entry(PreparedGeometry polygon, Location location) {
	}

	static final GridIndex EMPTY = new GridIndex(List.of());

	private final STRtree tree;
	private final GeometryFactory factory = new GeometryFactory();
	private final int size;

	GridIndex(List<Grid> grids) {
		STRtree built = new STRtree();
		for (Grid grid : grids) {
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(grid.polygon());
			// a prepared polygon builds its point index on first use; do it now, before the index is shared
			prepared.covers(factory.createPoint(grid.polygon().getCoordinate()));
			built.insert(grid.polygon().getEnvelopeInternal(), new Entry(prepared, grid.location()));
		}
		built.build(); // builds now, so concurrent readers never trigger the lazy build
		this.tree = built;
		this.size = grids.size();
	}

	int size() {
		return size;
	}

	/**
	 * The grid covering the point. A point exactly on the edge shared by two grids belongs to
	 * the one with the smaller code, so the answer does not depend on the tree's layout.
	 */
	Optional<Location> locate(double lat, double lng) {
		if (size == 0) {
			return Optional.empty();
		}
		Point point = factory.createPoint(new Coordinate(lng, lat));
		Hit hit = new Hit(point);
		tree.query(point.getEnvelopeInternal(), hit);
		return Optional.ofNullable(hit.best);
	}

	private static final class Hit implements org.locationtech.jts.index.ItemVisitor {

		private final Point point;
		private @Nullable Location best;

		Hit(Point point) {
			this.point = point;
		}

		@Override
		public void visitItem(Object item) {
			Entry entry = (Entry) item;
			if ((best == null || entry.location().grid().code().compareTo(best.grid().code()) < 0)
					&& entry.polygon().covers(point)) {
				best = entry.location();
			}
		}
	}
}
