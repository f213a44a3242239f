package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.steward.IntegrationTest;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TerritoryStartupTests {

	@Autowired
	TerritoryStartup startup;

	@Autowired
	Territory territory;

	@Autowired
	Locator locator;

	@Test
	void logsABadStartupFileAsAnErrorAndKeepsTheStoredTerritory(CapturedOutput output) {
		ImportOutcome outcome = startup.importStartupFile("classpath:territory/bad-territory.geojson");

		assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
		assertThat(output).contains("ERROR").contains("REJECTED").contains("features[4] (code 910090001001001)");
		assertThat(territory.unit("910090")).isEmpty();
		assertThat(territory.gridExists("410105010001001")).isTrue();
		assertThat(locator.locate(new GeoPoint(34.7985, 113.6830))).isPresent();
	}

	@Test
	void logsAMissingStartupFileAsAnError(CapturedOutput output) {
		ImportOutcome outcome = startup.importStartupFile("classpath:territory/no-such-file.geojson");

		assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Rejected.class, rejected -> assertThat(
				rejected.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ImportProblem.Kind.UNREADABLE_FILE)));
		assertThat(output).contains("ERROR").contains("no-such-file.geojson");
	}

	@Test
	void importsAGoodStartupFileOnlyOnce() {
		assertThat(startup.importStartupFile("classpath:demo/jinshui-territory.geojson"))
			.isInstanceOfSatisfying(ImportOutcome.Imported.class,
					imported -> assertThat(imported.summary().changedAnything()).isFalse());
	}
}
