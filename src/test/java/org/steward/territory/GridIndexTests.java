package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class GridIndexTests {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final GridIndex index = new GridIndex(List.of(grid("A01", 0, 0, 1, 1), grid("A02", 1, 0, 2, 1),
			grid("B01", 10, 10, 11, 11)));

	@Test
	void findsTheGridAPointLiesIn() {
		assertThat(index.locate(0.5, 0.5)).hasValueSatisfying(l -> assertThat(l.grid().code()).isEqualTo("A01"));
		assertThat(index.locate(0.5, 1.5)).hasValueSatisfying(l -> assertThat(l.grid().code()).isEqualTo("A02"));
		assertThat(index.locate(10.2, 10.7)).hasValueSatisfying(l -> {
			assertThat(l.grid().code()).isEqualTo("B01");
			assertThat(l.community().code()).isEqualTo("B01-community");
		});
	}

	@Test
	void answersNothingOutsideEveryGrid() {
		assertThat(index.locate(5, 5)).isEmpty();
		assertThat(index.locate(-0.0001, 0.5)).isEmpty();
		assertThat(GridIndex.EMPTY.locate(0.5, 0.5)).isEmpty();
	}

	@Test
	void givesAPointOnASharedEdgeToTheGridWithTheSmallerCode() {
		assertThat(index.locate(0.5, 1.0)).hasValueSatisfying(l -> assertThat(l.grid().code()).isEqualTo("A01"));
	}

	@Test
	void countsAPointOnTheOuterBoundaryAsInside() {
		assertThat(index.locate(0.0, 0.5)).hasValueSatisfying(l -> assertThat(l.grid().code()).isEqualTo("A01"));
	}

	@Test
	void findsPointsJustInsideAndJustOutsideAnEdge() {
		assertThat(index.locate(0.5, 2.0 - 1e-9)).hasValueSatisfying(l -> assertThat(l.grid().code()).isEqualTo("A02"));
		assertThat(index.locate(0.5, 2.0 + 1e-9)).isEmpty();
	}

	@Test
	void ignoresThePartOfTheEnvelopeOutsideANonRectangularGrid() {
		Geometry triangle = GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(20, 20), new Coordinate(22, 20),
				new Coordinate(20, 22), new Coordinate(20, 20) });
		GridIndex triangles = new GridIndex(List.of(new GridIndex.Grid(triangle, location("T01"))));
		assertThat(triangles.locate(20.5, 20.5)).isPresent();
		assertThat(triangles.locate(21.8, 21.8)).isEmpty(); // inside the bounding box, outside the triangle
	}

	@Test
	void answersLikeAScanOfEveryGridOnAJitteredLatticeIncludingItsCornersAndEdges() {
		// 30 × 20 quadrilaterals sharing jittered corners, codes shuffled against the layout
		int columns = 30;
		int rows = 20;
		java.util.SplittableRandom random = new java.util.SplittableRandom(11);
		Coordinate[][] corners = new Coordinate[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				double jx = (c == 0 || c == columns) ? 0 : (random.nextDouble() - 0.5) * 0.4;
				double jy = (r == 0 || r == rows) ? 0 : (random.nextDouble() - 0.5) * 0.4;
				corners[r][c] = new Coordinate(113 + c + jx, 34 + r + jy);
			}
		}
		List<GridIndex.Grid> grids = new java.util.ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				Geometry quad = GEOMETRY.createPolygon(new Coordinate[] { corners[r][c], corners[r][c + 1],
						corners[r + 1][c + 1], corners[r + 1][c], corners[r][c] });
				grids.add(new GridIndex.Grid(quad, location(String.format("G%03d", (r * columns + c) * 7 % 600))));
			}
		}
		GridIndex lattice = new GridIndex(grids);
		List<Coordinate> points = new java.util.ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			points.add(new Coordinate(112.5 + random.nextDouble() * (columns + 1), 33.5 + random.nextDouble() * (rows + 1)));
		}
		for (Coordinate[] row : corners) {
			for (Coordinate corner : row) {
				points.add(corner);
				points.add(new Coordinate(corner.x + 0.25, corner.y)); // mostly on or near an edge
			}
		}
		for (Coordinate p : points) {
			String expected = grids.stream()
				.filter(g -> g.polygon().covers(GEOMETRY.createPoint(p)))
				.map(g -> g.location().grid().code())
				.min(String::compareTo)
				.orElse(null);
			String actual = lattice.locate(p.y, p.x).map(l -> l.grid().code()).orElse(null);
			assertThat(actual).as("point %s", p).isEqualTo(expected);
		}
	}

	static GridIndex.Grid grid(String code, double x0, double y0, double x1, double y1) {
		Geometry box = GEOMETRY.toGeometry(new org.locationtech.jts.geom.Envelope(x0, x1, y0, y1));
		return new GridIndex.Grid(box, location(code));
	}

	static Location location(String code) {
		return new Location(new Location.Area(code, code, code), new Location.Area(code + "-community", "c", "c"),
				new Location.Area("s", "s", "s"), new Location.Area("d", "d", "d"));
	}
}
