package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.steward.IntegrationTest;

/** The demo profile imports the synthetic Jinshui territory at start-up. */
@IntegrationTest
class DemoTerritoryTests {

	@Autowired
	Territory territory;

	@Autowired
	Locator locator;

	@Autowired
	TerritoryImporter importer;

	@Test
	void loadsTheJinshuiTerritoryAtStartUp() {
		assertThat(territory.districts()).extracting(TerritoryUnit::code).contains("410105");
		assertThat(territory.streetsOf("410105")).extracting(TerritoryUnit::code)
			.containsExactly("410105008", "410105009", "410105010");
		assertThat(territory.communitiesOf("410105010")).extracting(TerritoryUnit::code)
			.containsExactly("410105010001", "410105010002");
		assertThat(territory.gridsOf("410105010001")).hasSize(4);
		assertThat(territory.compoundsOf("410105010001001")).extracting(TerritoryUnit::nameZh).contains("园田小区");
		assertThat(territory.communityOfGrid("410105008001002")).contains("410105008001");
		assertThat(territory.gridExists("410105010001001")).isTrue();
		assertThat(territory.gridExists("410105010001009")).isFalse();
	}

	@Test
	void locatesTheDemoPointInYuantianGridOne() {
		assertThat(locator.locate(new GeoPoint(34.7985, 113.6830))).hasValueSatisfying(location -> {
			assertThat(location.grid().code()).isEqualTo("410105010001001");
			assertThat(location.community()).isEqualTo(new Location.Area("410105010001", "园田社区", "Yuantian Community"));
			assertThat(location.street().code()).isEqualTo("410105010");
			assertThat(location.district().nameZh()).isEqualTo("金水区");
		});
		assertThat(territory.locationOfGrid("410105010001001")).isEqualTo(locator.locate(new GeoPoint(34.7985, 113.6830)));
	}

	@Test
	void locatesTheDemoPointSentInGcj02AndBd09() {
		GeoPoint demo = new GeoPoint(34.7985, 113.6830);
		MapPoint gcj = CoordinateConversion.fromWgs84(demo, Crs.GCJ02);
		MapPoint bd = CoordinateConversion.fromWgs84(demo, Crs.BD09);

		assertThat(locator.locate(gcj.lat(), gcj.lng(), Crs.GCJ02))
			.hasValueSatisfying(l -> assertThat(l.grid().code()).isEqualTo("410105010001001"));
		assertThat(locator.locate(bd.lat(), bd.lng(), Crs.BD09))
			.hasValueSatisfying(l -> assertThat(l.grid().code()).isEqualTo("410105010001001"));
	}

	@Test
	void answersNothingOutsideTheDemoGrids() {
		assertThat(locator.locate(new GeoPoint(34.7985, 113.6980))).isEmpty(); // between Yuantian and Guanhutun
		assertThat(locator.locate(new GeoPoint(39.915, 116.404))).isEmpty(); // Beijing
	}

	@Test
	void reimportingTheDemoFileChangesNothing() throws IOException {
		byte[] demo = new ClassPathResource("demo/jinshui-territory.geojson").getContentAsByteArray();

		ImportOutcome outcome = importer.importFile(demo, "demo again");

		assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Imported.class, imported -> {
			assertThat(imported.summary().changedAnything()).isFalse();
			assertThat(imported.summary().unchanged()).isEqualTo(21);
		});
	}
}
