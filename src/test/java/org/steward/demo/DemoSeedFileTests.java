package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Departments;
import org.steward.parties.Parties;
import org.steward.territory.GeoPoint;
import org.steward.territory.Location;
import org.steward.territory.Locator;

/** The seed file's loader and its check, without the application: bad files are refused with every problem's place. */
class DemoSeedFileTests {

	@Test
	void bindsTheShippedSeedFile() {
		DemoSeedFile file = DemoSeedFile.read(new ClassPathResource("demo/jinshui-demo-cases.yaml"));
		assertThat(file.parties()).hasSize(8);
		assertThat(file.cases()).hasSizeBetween(15, 25);
		assertThat(file.cases()).extracting(DemoSeedFile.CaseSeed::key).doesNotHaveDuplicates();
	}

	@Test
	void refusesAnUnknownFieldNamingWhereItIs() {
		assertThatThrownBy(() -> DemoSeedFile.read(yaml("""
				cases:
				  - key: a
				    steps:
				      - { action: acknowledge, bye: officer.yuantian1 }
				""")))
			.isInstanceOf(DemoSeedInvalid.class)
			.hasMessageContaining("bye")
			.hasMessageContaining("steps");
	}

	@Test
	void refusesAFileThatIsNotYaml() {
		assertThatThrownBy(() -> DemoSeedFile.read(yaml("cases: [ {key: a")))
			.isInstanceOf(DemoSeedInvalid.class)
			.hasMessageContaining("not valid YAML");
	}

	@Test
	void namesEveryProblemOfTheFileBeforeAnythingIsWritten() {
		DemoSeedFile file = DemoSeedFile.read(yaml("""
				parties:
				  - { key: shop, type: MERCHANT, name: 某店, address: 园田路1号, creditCode: 92410105MA3X7K2LX0 }
				  - { key: shop, type: SHOP, name: 某店二, address: 园田路2号 }
				cases:
				  - key: one
				    channel: PUBLIC
				    category: "0102"
				    location: { lat: 34.7985, lng: 113.6830 }
				    description: 路边暴露垃圾很多
				    steps:
				      - { action: acknowledge, by: nobody }
				      - { action: merge, by: officer.yuantian1, into: later }
				      - { action: measure, by: officer.yuantian1, party: other, type: EDUCATION, officers: [officer.yuantian1] }
				      - { action: fly }
				  - key: two
				    channel: WHISTLE
				    category: "9999"
				    location: { lat: 39.9, lng: 116.4 }
				    description: 短
				"""));
		DemoSeedCheck check = new DemoSeedCheck(catalog(), locator(), accounts(), departments(), parties());

		assertThatThrownBy(() -> check.check(file)).isInstanceOfSatisfying(DemoSeedInvalid.class,
				invalid -> assertThat(invalid.problems()).anySatisfy(p -> assertThat(p).startsWith("parties[0].creditCode: "))
					.anySatisfy(p -> assertThat(p).startsWith("parties[1].key: "))
					.anySatisfy(p -> assertThat(p).startsWith("parties[1].type: "))
					.anySatisfy(p -> assertThat(p).isEqualTo("cases[0].steps[0].by: no account 'nobody'"))
					.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[1].into: "))
					.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[2].party: "))
					.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[3].action: "))
					.anySatisfy(p -> assertThat(p).startsWith("cases[1].submittedBy: "))
					.anySatisfy(p -> assertThat(p).startsWith("cases[1].category: "))
					.anySatisfy(p -> assertThat(p).startsWith("cases[1].description: "))
					.anySatisfy(p -> assertThat(p).startsWith("cases[1].location: lies in no grid")));
	}

	@Test
	void namesThePenaltyStepsProblemsAndRefusesDisclosingAtFiling() {
		DemoSeedFile file = DemoSeedFile.read(yaml("""
				benchmarks:
				  - { by: admin, categoryCode: "9999", severity: HUGE, minAmount: "1" }
				parties:
				  - { key: shop, type: MERCHANT, name: 某店, address: 园田路1号 }
				cases:
				  - key: one
				    channel: PATROL
				    submittedBy: officer.yuantian1
				    category: "0202"
				    location: { lat: 34.7985, lng: 113.6830 }
				    description: 招牌存在坠落隐患
				    steps:
				      - { action: decide, by: squad.dongfeng, disclose: true }
				      - { action: measure, by: officer.yuantian1, party: shop, type: PENALTY_CASE, officers: [officer.yuantian1], disclose: true }
				      - { action: evidence, by: officer.yuantian1, file: evidence/missing.png, notes: 现场照片 }
				      - { action: propose, by: officer.yuantian1, severity: HEAVY }
				      - { action: review, by: command }
				      - { action: serve, by: officer.yuantian2, method: CARRIER_PIGEON }
				"""));
		DemoSeedCheck check = new DemoSeedCheck(catalog(), locator(), accounts(), departments(), parties());

		assertThatThrownBy(() -> check.check(file, new ClassPathResource("demo/jinshui-demo-cases.yaml")))
			.isInstanceOfSatisfying(DemoSeedInvalid.class, invalid -> assertThat(invalid.problems())
				.anySatisfy(p -> assertThat(p).startsWith("benchmarks[0].categoryCode: "))
				.anySatisfy(p -> assertThat(p).startsWith("benchmarks[0].severity: "))
				.anySatisfy(p -> assertThat(p).startsWith("benchmarks[0].maxAmount: "))
				.anySatisfy(p -> assertThat(p).startsWith("benchmarks[0].legalBasis: "))
				.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[0].action: decide needs an earlier measure"))
				.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[1].disclose: "))
				.anySatisfy(p -> assertThat(p).isEqualTo("cases[0].steps[2].file: no file evidence/missing.png next to the seed file"))
				.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[3].severity: "))
				.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[3].amount: "))
				.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[3].notes: "))
				.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[4].passed: "))
				.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[5].method: "))
				.anySatisfy(p -> assertThat(p).startsWith("cases[0].steps[5].servedTo: "))
				.noneSatisfy(p -> assertThat(p).startsWith("cases[0].steps[2].action: ")));
	}

	@Test
	void acceptsTheShippedFileAgainstStubsOfTheDemoSystem() {
		DemoSeedCheck check = new DemoSeedCheck(catalog(), locator(), accounts(), departments(), parties());
		// the real credit-code check runs in DemoCaseSeedTests; here every code is taken as valid
		ClassPathResource shipped = new ClassPathResource("demo/jinshui-demo-cases.yaml");
		check.check(DemoSeedFile.read(shipped), shipped); // with its evidence files
	}

	private static ByteArrayResource yaml(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test seed");
	}

	private static Catalog catalog() {
		Catalog catalog = mock(Catalog.class);
		CategoryRules active = mock(CategoryRules.class);
		when(active.active()).thenReturn(true);
		when(catalog.current(anyString())).thenReturn(Optional.empty());
		for (String code : new String[] { "0101", "0102", "0104", "0106", "0107", "0201", "0202", "0502", "0503", "0506",
				"0601", "0602" }) {
			when(catalog.current(code)).thenReturn(Optional.of(active));
		}
		return catalog;
	}

	/** Only the demo district around Yuantian has grids. */
	private static Locator locator() {
		Locator locator = mock(Locator.class);
		when(locator.locate(any(GeoPoint.class))).thenAnswer(call -> {
			GeoPoint p = call.getArgument(0);
			return p.lat() > 34.77 && p.lat() < 34.83 && p.lng() > 113.64 && p.lng() < 113.72
					? Optional.of(mock(Location.class)) : Optional.empty();
		});
		return locator;
	}

	private static Accounts accounts() {
		Accounts accounts = mock(Accounts.class);
		when(accounts.byUsername(anyString())).thenAnswer(call -> {
			String name = call.getArgument(0);
			return name.equals("nobody") ? Optional.empty()
					: Optional.of(new CurrentUser(name, name, Set.of(Role.OFFICER), new DataScope.Station("yuantian")));
		});
		return accounts;
	}

	private static Departments departments() {
		Departments departments = mock(Departments.class);
		when(departments.exists(anyString())).thenReturn(true);
		return departments;
	}

	/** A code ending in 0 stands for a wrong check character. */
	private static Parties parties() {
		Parties parties = mock(Parties.class);
		when(parties.creditCodeProblem(anyString()))
			.thenAnswer(call -> ((String) call.getArgument(0)).endsWith("0") ? Optional.of("wrong check character")
					: Optional.empty());
		return parties;
	}
}
