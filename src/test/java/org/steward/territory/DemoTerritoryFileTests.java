package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** The synthetic Jinshui demo file, checked on its own (no database). */
class DemoTerritoryFileTests {

	private static final Coordinate DEMO_POINT = new Coordinate(113.6830, 34.7985);

	private final GeoJsonTerritoryParser.Parsed parsed = new GeoJsonTerritoryParser().parse(demoFile());

	private final Map<String, TerritoryFeature> byCode = parsed.features()
		.stream()
		.collect(Collectors.toMap(TerritoryFeature::code, Function.identity()));

	@Test
	void passesEveryImportRuleOnItsOwn() {
		assertThat(parsed.problems()).isEmpty();
		assertThat(new TerritoryImportRules().check(parsed.features(), Map.of())).isEmpty();
	}

	@Test
	void holdsTheSharedDemoCodes() {
		assertThat(byCode.keySet()).contains("410105", "410105010", "410105008", "410105009", "410105010001",
				"410105010002", "410105008001", "410105009001", "410105010001001", "410105010001002", "410105010001003",
				"410105010001004", "410105010002001", "410105010002002", "410105008001001", "410105008001002",
				"410105009001001", "410105009001002");
		assertThat(parsed.features()).filteredOn(f -> f.level() == TerritoryLevel.COMPOUND)
			.extracting(TerritoryFeature::nameZh)
			.contains("园田小区", "东风花园");
		assertThat(byCode.get("410105010001").nameZh()).isEqualTo("园田社区");
	}

	@Test
	void isLabelledAsDemoData() {
		assertThat(parsed.features()).allSatisfy(f -> assertThat(f.demo()).isTrue());
		assertThat(new String(demoFile(), java.nio.charset.StandardCharsets.UTF_8)).contains("SYNTHETIC DEMO DATA")
			.contains("NOT real");
	}

	@Test
	void nestsEveryUnitInsideItsParent() {
		for (TerritoryFeature feature : parsed.features()) {
			if (feature.parentCode() == null) {
				continue;
			}
			TerritoryFeature parent = byCode.get(feature.parentCode());
			assertThat(parent).as("parent of %s", feature.code()).isNotNull();
			assertThat(parent.geometry().covers(feature.geometry())).as("%s inside %s", feature.code(), parent.code())
				.isTrue();
		}
	}

	@Test
	void keepsTheGridsOfACommunityApart() {
		List<TerritoryFeature> grids = parsed.features().stream().filter(f -> f.level() == TerritoryLevel.GRID).toList();
		for (TerritoryFeature a : grids) {
			for (TerritoryFeature b : grids) {
				if (a != b) {
					assertThat(a.geometry().intersection(b.geometry()).getArea()).as("%s ∩ %s", a.code(), b.code())
						.isZero();
				}
			}
		}
	}

	@Test
	void placesTheDemoPointWellInsideYuantianGridOne() {
		Geometry grid = byCode.get("410105010001001").geometry();
		Point point = grid.getFactory().createPoint(DEMO_POINT);
		assertThat(grid.contains(point)).isTrue();
		// not on or near an edge: more than 50 m (about 0.0005 degrees) from the boundary
		assertThat(grid.getBoundary().distance(point)).isGreaterThan(0.0004);
	}

	private static byte[] demoFile() {
		try (InputStream in = DemoTerritoryFileTests.class.getResourceAsStream("/demo/jinshui-territory.geojson")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
