package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.steward.IntegrationTest;

@IntegrationTest
class DemoAccountsTests {

	@Autowired
	JdbcAccounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DemoAccounts demo;

	@Test
	void createsEveryDemoAccountWithItsRoleAndScope() {
		Map<String, CurrentUser> expected = Map.ofEntries(
				Map.entry("admin", user(Role.ADMIN, new DataScope.District("410105"))),
				Map.entry("command", user(Role.COMMAND_CENTRE, new DataScope.District("410105"))),
				Map.entry("squad.dongfeng", user(Role.SQUAD_LEADER, new DataScope.Squad("dongfeng"))),
				Map.entry("station.yuantian", user(Role.STATION_HEAD, new DataScope.Station("yuantian"))),
				Map.entry("officer.yuantian1", user(Role.OFFICER, new DataScope.Station("yuantian"))),
				Map.entry("officer.yuantian2", user(Role.OFFICER, new DataScope.Station("yuantian"))),
				Map.entry("community.yuantian", user(Role.COMMUNITY_STAFF, new DataScope.Community("410105010001"))),
				Map.entry("liaison.urban_management", liaison("URBAN_MANAGEMENT")),
				Map.entry("liaison.public_security", liaison("PUBLIC_SECURITY")),
				Map.entry("liaison.traffic_police", liaison("TRAFFIC_POLICE")),
				Map.entry("liaison.fire_rescue", liaison("FIRE_RESCUE")),
				Map.entry("liaison.ecology_environment", liaison("ECOLOGY_ENVIRONMENT")),
				Map.entry("liaison.market_supervision", liaison("MARKET_SUPERVISION")),
				Map.entry("liaison.housing_construction", liaison("HOUSING_CONSTRUCTION")),
				Map.entry("liaison.natural_resources", liaison("NATURAL_RESOURCES")));

		assertThat(DemoAccounts.ACCOUNTS).hasSize(expected.size());
		expected.forEach((username, want) -> {
			CurrentUser actual = accounts.find(username).map(Account::toCurrentUser).orElseThrow();
			assertThat(actual.roles()).as(username).isEqualTo(want.roles());
			assertThat(actual.scope()).as(username).isEqualTo(want.scope());
			assertThat(actual.displayName()).as(username).matches(".*\\p{IsHan}.*");
		});
	}

	@Test
	void storesPasswordsOnlyAsModernHashes() {
		Account station = accounts.find("station.yuantian").orElseThrow();
		assertThat(station.passwordHash()).startsWith("{bcrypt}").doesNotContain("steward-demo");
		assertThat(passwordEncoder.matches("steward-demo", station.passwordHash())).isTrue();
		assertThat(passwordEncoder.matches("steward-demo-wrong", station.passwordHash())).isFalse();
	}

	@Test
	void loadingAgainChangesNothing() {
		int before = accounts.all().size();
		demo.loadAndAnnounce();
		assertThat(accounts.all()).hasSize(before);
	}

	private static CurrentUser user(Role role, DataScope scope) {
		return new CurrentUser("", "", Set.of(role), scope);
	}

	private static CurrentUser liaison(String department) {
		return user(Role.DEPARTMENT_LIAISON, new DataScope.Department(department));
	}
}
