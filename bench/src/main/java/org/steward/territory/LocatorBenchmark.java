package org.steward.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Point-in-grid lookups over a lattice of synthetic grids (400 × 250 = 100,000 by default,
 * about 0.001° ≈ 100 m each, around Zhengzhou; corners jittered so they are not rectangles):
 * the production {@link GridIndex} (a lattice of cells listing the prepared polygons that touch them) against a brute-force
 * linear scan calling {@code Geometry.contains} on every grid. Random points cover the lattice
 * plus a 5 % margin, so a few miss every grid. Lives in Steward's package to reach the
 * package-private index.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LocatorBenchmark {

	private static final double CELL = 0.001;
	private static final double WEST = 113.5;
	private static final double SOUTH = 34.7;
	private static final int POINTS = 1 << 14;

	@Param("400")
	int columns;

	@Param("250")
	int rows;

	private GridIndex index;
	private Geometry[] polygons;
	private double[] lats;
	private double[] lngs;
	private final GeometryFactory factory = new GeometryFactory();
	private int next;

	@Setup
	public void build() {
		List<GridIndex.Grid> grids = new ArrayList<>(columns * rows);
		polygons = new Geometry[columns * rows];
		Location.Area community = new Location.Area("410105010001", "社区", "Community");
		Location.Area street = new Location.Area("410105010", "街道", "Street");
		Location.Area district = new Location.Area("410105", "区", "District");
		// lattice corners jittered by up to ±20 % of a cell: neighbouring grids still share edges, but
		// they are general quadrilaterals, so neither side gets the rectangle shortcut of JTS
		SplittableRandom jitter = new SplittableRandom(7);
		Coordinate[][] corners = new Coordinate[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				double jx = (c == 0 || c == columns) ? 0 : (jitter.nextDouble() - 0.5) * 0.4 * CELL;
				double jy = (r == 0 || r == rows) ? 0 : (jitter.nextDouble() - 0.5) * 0.4 * CELL;
				corners[r][c] = new Coordinate(WEST + c * CELL + jx, SOUTH + r * CELL + jy);
			}
		}
		int n = 0;
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				Geometry square = factory.createPolygon(new Coordinate[] { corners[r][c], corners[r][c + 1],
						corners[r + 1][c + 1], corners[r + 1][c], corners[r][c] });
				String code = String.format("%015d", n);
				grids.add(new GridIndex.Grid(square,
						new Location(new Location.Area(code, code, code), community, street, district)));
				polygons[n++] = square;
			}
		}
		index = new GridIndex(grids);
		SplittableRandom random = new SplittableRandom(42);
		lats = new double[POINTS];
		lngs = new double[POINTS];
		double width = columns * CELL;
		double height = rows * CELL;
		for (int i = 0; i < POINTS; i++) {
			lngs[i] = WEST - 0.025 * width + random.nextDouble() * 1.05 * width;
			lats[i] = SOUTH - 0.025 * height + random.nextDouble() * 1.05 * height;
		}
	}

	@Benchmark
	public Optional<Location> cellLatticeOfPreparedGrids() {
		int i = next++ & (POINTS - 1);
		return index.locate(lats[i], lngs[i]);
	}

	@Benchmark
	public int bruteForceScan() {
		int i = next++ & (POINTS - 1);
		Point point = factory.createPoint(new Coordinate(lngs[i], lats[i]));
		for (int g = 0; g < polygons.length; g++) {
			if (polygons[g].contains(point)) {
				return g;
			}
		}
		return -1;
	}
}
