package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.steward.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class TerritoryImportTests {

	@Autowired
	TerritoryImporter importer;

	@Autowired
	Territory territory;

	@Autowired
	Locator locator;

	@Autowired
	IndexedLocator indexedLocator;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsAValidFileAndLocatesItsGridsAtOnce(ApplicationEvents events) {
		ImportOutcome outcome = importer.importFile(TerritoryFiles.validChain("910001").bytes(), "chain.geojson");

		// created on a fresh database; unchanged when the suite runs again on a kept one
		assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Imported.class,
				imported -> assertThat(imported.summary().created() + imported.summary().unchanged()).isEqualTo(5));
		assertThat(territory.gridsOf("910001001001")).extracting(TerritoryUnit::code)
			.containsExactly("910001001001001", "910001001001002");
		assertThat(territory.communityOfGrid("910001001001002")).contains("910001001001");
		double[] o = TerritoryFiles.origin("910001");
		assertThat(locator.locate(new GeoPoint(o[1] + 0.5, o[0] + 0.75))).hasValueSatisfying(location -> {
			assertThat(location.grid().code()).isEqualTo("910001001001002");
			assertThat(location.community().code()).isEqualTo("910001001001");
			assertThat(location.street().code()).isEqualTo("910001001");
			assertThat(location.district().code()).isEqualTo("910001");
		});
		assertThat(events.stream(TerritoryImported.class)).anySatisfy(e -> {
			assertThat(e.source()).isEqualTo("chain.geojson");
			assertThat(e.created() + e.unchanged()).isEqualTo(5);
		});
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		byte[] file = TerritoryFiles.validChain("910002").bytes();
		importer.importFile(file, "first");

		ImportOutcome again = importer.importFile(file, "again");

		assertThat(again).isInstanceOfSatisfying(ImportOutcome.Imported.class, imported -> {
			assertThat(imported.summary().unchanged()).isEqualTo(5);
			assertThat(imported.summary().changedAnything()).isFalse();
		});
		assertThat(jdbc.sql("select count(*) from territory_unit where code like '910002%'").query(Long.class).single())
			.isEqualTo(5);
	}

	@Test
	void updatesTheUnitsWhoseNameChangedByCode() {
		importer.importFile(TerritoryFiles.validChain("910003").bytes(), "first");
		String renamed = TerritoryFiles.validChain("910003").json().replace("测试910003001001001", "新名字");

		ImportOutcome outcome = importer.importFile(renamed.getBytes(StandardCharsets.UTF_8), "renamed");

		assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Imported.class, imported -> {
			assertThat(imported.summary().updated()).isEqualTo(1);
			assertThat(imported.summary().unchanged()).isEqualTo(4);
		});
		assertThat(territory.grid("910003001001001")).hasValueSatisfying(g -> assertThat(g.nameZh()).isEqualTo("新名字"));
	}

	@Test
	void rejectsMalformedJson() {
		long before = storedUnits();

		List<ImportProblem> problems = rejected("{\"type\": \"FeatureCollection\", \"features\": [".getBytes());

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(ImportProblem.Kind.MALFORMED_JSON);
			assertThat(p.describe()).startsWith("file:");
		});
		assertThat(storedUnits()).isEqualTo(before);
	}

	@Test
	void rejectsAFileThatIsNotAFeatureCollection() {
		long before = storedUnits();
		String feature = "{\"type\": \"Feature\", \"properties\": {\"level\": \"district\", \"code\": \"910020\"}, \"geometry\": "
				+ TerritoryFiles.box(0, 0, 1, 1) + "}";

		List<ImportProblem> problems = rejected(feature.getBytes());

		assertThat(problems).singleElement()
			.satisfies(p -> assertThat(p.kind()).isEqualTo(ImportProblem.Kind.NOT_A_FEATURE_COLLECTION));
		assertThat(storedUnits()).isEqualTo(before);
		assertNothingStored("910020");
	}

	@Test
	void rejectsAPolygonWhoseRingDoesNotClose() {
		TerritoryFiles file = TerritoryFiles.validChain("910004")
			.feature("grid", "910004001001003", null, "{\"type\": \"Polygon\", \"coordinates\": "
					+ "[[[-158, -80], [-157.9, -80], [-157.9, -79.9], [-158, -79.9]]]}");

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.RING_NOT_CLOSED, 5, "910004001001003");
		assertNothingStored("910004", "910004001", "910004001001", "910004001001001", "910004001001003");
	}

	@Test
	void rejectsASelfIntersectingPolygon() {
		double[] o = TerritoryFiles.origin("910005");
		String bowTie = "{\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}"
			.formatted(o[0], o[1], o[0] + 0.5, o[1] + 1, o[0] + 0.5, o[1], o[0], o[1] + 1, o[0], o[1]);
		TerritoryFiles file = TerritoryFiles.file()
			.add("district", "910005", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("street", "910005001", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("community", "910005001001", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.feature("grid", "910005001001001", null, bowTie);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.INVALID_GEOMETRY, 3, "910005001001001");
		assertThat(problems.get(0).describe()).containsIgnoringCase("self-intersection");
		assertNothingStored("910005", "910005001", "910005001001", "910005001001001");
	}

	@Test
	void rejectsACodeWithTheWrongDigits() {
		double[] o = TerritoryFiles.origin("910006");
		TerritoryFiles file = TerritoryFiles.validChain("910006")
			.add("grid", "9100060010010031", null, o[0], o[1], o[0] + 0.1, o[1] + 0.1)
			.add("community", "91000600100A", null, o[0], o[1], o[0] + 0.1, o[1] + 0.1);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.BAD_CODE, 5, "9100060010010031");
		assertNamed(problems, ImportProblem.Kind.BAD_CODE, 6, "91000600100A");
		assertNothingStored("910006", "910006001001001");
	}

	@Test
	void rejectsACodeThatDoesNotStartWithItsParentsCode() {
		double[] o = TerritoryFiles.origin("910007");
		TerritoryFiles file = TerritoryFiles.validChain("910007")
			.add("street", "910007002", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("community", "910007001002", "910007002", o[0], o[1], o[0] + 1, o[1] + 1);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.PREFIX_MISMATCH, 6, "910007001002");
		assertThat(problems.get(0).describe()).contains("910007002");
		assertNothingStored("910007", "910007002", "910007001002");
	}

	@Test
	void rejectsAnUnknownParent() {
		double[] o = TerritoryFiles.origin("910008");
		TerritoryFiles file = TerritoryFiles.validChain("910008")
			.add("grid", "910008001009001", null, o[0], o[1], o[0] + 0.1, o[1] + 0.1);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.UNKNOWN_PARENT, 5, "910008001009001");
		assertThat(problems.get(0).describe()).contains("910008001009");
		assertNothingStored("910008", "910008001001001", "910008001009001");
	}

	@Test
	void rejectsAGridOutsideItsCommunity() {
		double[] o = TerritoryFiles.origin("910009");
		TerritoryFiles file = TerritoryFiles.validChain("910009")
			.add("grid", "910009001001003", null, o[0] + 0.9, o[1] + 0.9, o[0] + 1.1, o[1] + 0.95);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.GRID_OUTSIDE_COMMUNITY, 5, "910009001001003");
		assertNothingStored("910009", "910009001001003");
	}

	@Test
	void acceptsAGridThatSticksOutOfItsCommunityByLessThanTheTolerance() {
		double[] o = TerritoryFiles.origin("910010");
		TerritoryFiles file = TerritoryFiles.file()
			.add("district", "910010", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("street", "910010001", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("community", "910010001001", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("grid", "910010001001001", null, o[0] - 5e-8, o[1], o[0] + 0.5, o[1] + 1);

		assertThat(importer.importFile(file.bytes(), "tolerance")).isInstanceOf(ImportOutcome.Imported.class);
	}

	@Test
	void rejectsTwoGridsOfOneCommunityThatOverlap() {
		double[] o = TerritoryFiles.origin("910011");
		TerritoryFiles file = TerritoryFiles.validChain("910011")
			.add("grid", "910011001001003", null, o[0] + 0.4, o[1] + 0.4, o[0] + 0.6, o[1] + 0.6);

		List<ImportProblem> problems = rejected(file.bytes());

		assertThat(problems).allSatisfy(p -> {
			assertThat(p.kind()).isEqualTo(ImportProblem.Kind.GRIDS_OVERLAP);
			assertThat(p.describe()).contains("features[5] (code 910011001001003)");
		});
		assertThat(problems).extracting(p -> p.args().get(0)).containsExactlyInAnyOrder("910011001001001", "910011001001002");
		assertNothingStored("910011", "910011001001001", "910011001001003");
	}

	@Test
	void rejectsANewGridThatOverlapsAStoredGridOfItsCommunity() {
		importer.importFile(TerritoryFiles.validChain("910012").bytes(), "first");
		double[] o = TerritoryFiles.origin("910012");
		TerritoryFiles file = TerritoryFiles.file()
			.add("grid", "910012001001003", null, o[0] + 0.2, o[1] + 0.2, o[0] + 0.3, o[1] + 0.3);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.GRIDS_OVERLAP, 0, "910012001001003");
		assertThat(problems.get(0).args()).first().isEqualTo("910012001001001");
		assertNothingStored("910012001001003");
	}

	@Test
	void rejectsACodeUsedTwiceInTheFile() {
		double[] o = TerritoryFiles.origin("910013");
		TerritoryFiles file = TerritoryFiles.validChain("910013")
			.add("grid", "910013001001002", null, o[0] + 0.5, o[1], o[0] + 1, o[1] + 1);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.DUPLICATE_CODE, 5, "910013001001002");
		assertThat(problems.get(0).describe()).contains("features[4]");
		assertNothingStored("910013", "910013001001002");
	}

	@Test
	void collectsEveryProblemOfTheFileNotJustTheFirst() {
		double[] o = TerritoryFiles.origin("910014");
		TerritoryFiles file = TerritoryFiles.validChain("910014")
			.add("grid", "91001400100100", null, o[0], o[1], o[0] + 0.1, o[1] + 0.1) // 14 digits but overlaps 001
			.add("grid", "910014001", null, o[0], o[1], o[0] + 0.1, o[1] + 0.1) // too short
			.add("grid", "910014009009001", null, o[0], o[1], o[0] + 0.1, o[1] + 0.1) // unknown parent
			.raw("{\"type\": \"Feature\", \"properties\": {\"level\": \"grid\", \"code\": \"910014001001004\", \"nameZh\": \"x\"}}");

		List<ImportProblem> problems = rejected(file.bytes());

		assertThat(problems).extracting(ImportProblem::featureIndex).contains(5, 6, 7, 8);
		assertThat(problems).extracting(ImportProblem::kind)
			.contains(ImportProblem.Kind.GRIDS_OVERLAP, ImportProblem.Kind.BAD_CODE, ImportProblem.Kind.UNKNOWN_PARENT,
					ImportProblem.Kind.MISSING_GEOMETRY);
		assertNothingStored("910014", "910014001001001");
	}

	@Test
	void requiresACompoundToNameAGridOrCommunityAsItsParent() {
		double[] o = TerritoryFiles.origin("910015");
		TerritoryFiles file = TerritoryFiles.validChain("910015")
			.add("compound", "T910015-A", null, o[0], o[1], o[0] + 0.1, o[1] + 0.1)
			.add("compound", "T910015-B", "910015001", o[0], o[1], o[0] + 0.1, o[1] + 0.1)
			.add("compound", "T910015-C", "910015001001001", o[0], o[1], o[0] + 0.1, o[1] + 0.1);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.MISSING_PROPERTY, 5, "T910015-A");
		assertNamed(problems, ImportProblem.Kind.PARENT_WRONG_LEVEL, 6, "T910015-B");
		assertThat(problems).hasSize(2);
		assertNothingStored("T910015-C");
	}

	@Test
	void keepsTheLevelOfAStoredCode() {
		importer.importFile(TerritoryFiles.validChain("910016").bytes(), "first");
		double[] o = TerritoryFiles.origin("910016");
		TerritoryFiles file = TerritoryFiles.file()
			.add("compound", "910016001001001", "910016001001", o[0], o[1], o[0] + 0.1, o[1] + 0.1);

		List<ImportProblem> problems = rejected(file.bytes());

		assertNamed(problems, ImportProblem.Kind.LEVEL_CHANGED, 0, "910016001001001");
		assertThat(territory.grid("910016001001001")).isPresent();
	}

	@Test
	void picksUpGridsStoredByAnotherNodeOnTheNextRefresh() {
		double[] o = TerritoryFiles.origin("910017");
		importer.importFile(TerritoryFiles.file()
			.add("district", "910017", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("street", "910017001", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("community", "910017001001", null, o[0], o[1], o[0] + 1, o[1] + 1)
			.bytes(), "first");
		jdbc.sql("delete from territory_unit where code = '910017001001001'").update(); // a kept database
		indexedLocator.reload();
		// what another node's import leaves in the shared database
		jdbc.sql("""
				insert into territory_unit (code, unit_level, name_zh, name_en, parent_code, geometry_wkt, demo, updated_at)
				values ('910017001001001', 'GRID', '别处', 'Elsewhere', '910017001001', :wkt, false, current_timestamp)""")
			.param("wkt", "POLYGON ((%s %s, %s %s, %s %s, %s %s))".formatted(o[0], o[1], o[0] + 1, o[1], o[0] + 1, o[1] + 1,
					o[0], o[1]))
			.update();
		GeoPoint inside = new GeoPoint(o[1] + 0.2, o[0] + 0.5);
		assertThat(locator.locate(inside)).isEmpty();

		indexedLocator.refreshIfChanged();

		assertThat(locator.locate(inside)).hasValueSatisfying(l -> assertThat(l.grid().code()).isEqualTo("910017001001001"));
	}

	private List<ImportProblem> rejected(byte[] file) {
		ImportOutcome outcome = importer.importFile(file, "test.geojson");
		assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
		return ((ImportOutcome.Rejected) outcome).problems();
	}

	private static void assertNamed(List<ImportProblem> problems, ImportProblem.Kind kind, int index, String code) {
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.kind()).isEqualTo(kind);
			assertThat(p.featureIndex()).isEqualTo(index);
			assertThat(p.code()).isEqualTo(code);
			assertThat(p.describe()).startsWith("features[" + index + "] (code " + code + "): ");
		});
	}

	private void assertNothingStored(String... codes) {
		for (String code : codes) {
			assertThat(territory.unit(code)).as("unit %s", code).isEmpty();
		}
	}

	private long storedUnits() {
		return jdbc.sql("select count(*) from territory_unit").query(Long.class).single();
	}
}
