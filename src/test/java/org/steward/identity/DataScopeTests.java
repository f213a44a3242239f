package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.steward.identity.DataScope.Jurisdiction;

/** Every role's data scope, against records placed in the demo organisation. */
class DataScopeTests {

	// records of the Jinshui demo: Yuantian and Guanhutun stations belong to squad dongfeng
	static final Jurisdiction YUANTIAN_RECORD = new Jurisdiction("410105", "dongfeng", "yuantian", "410105010001",
			Set.of("URBAN_MANAGEMENT"));

	static final Jurisdiction GUANHUTUN_RECORD = new Jurisdiction("410105", "dongfeng", "guanhutun", "410105010002",
			Set.of());

	static final Jurisdiction HUANGHE_RECORD = new Jurisdiction("410105", "wenhua", "huanghe", "410105008001",
			Set.of("FIRE_RESCUE", "MARKET_SUPERVISION"));

	static final Jurisdiction OTHER_DISTRICT_RECORD = new Jurisdiction("410102", "other", "elsewhere", "410102001001",
			Set.of("FIRE_RESCUE"));

	static final Jurisdiction UNROUTED_RECORD = new Jurisdiction("410105", null, null, null, Set.of());

	@Nested
	class DistrictScopeOfCommandCentreAndAdministrators {

		final DataScope scope = new DataScope.District("410105");

		@Test
		void coversEveryRecordInTheDistrict() {
			assertThat(scope.covers(YUANTIAN_RECORD)).isTrue();
			assertThat(scope.covers(GUANHUTUN_RECORD)).isTrue();
			assertThat(scope.covers(HUANGHE_RECORD)).isTrue();
			assertThat(scope.covers(UNROUTED_RECORD)).isTrue();
		}

		@Test
		void doesNotCoverAnotherDistrict() {
			assertThat(scope.covers(OTHER_DISTRICT_RECORD)).isFalse();
		}
	}

	@Nested
	class SquadScopeOfSquadLeaders {

		final DataScope scope = new DataScope.Squad("dongfeng");

		@Test
		void coversEveryStationOfTheSquad() {
			assertThat(scope.covers(YUANTIAN_RECORD)).isTrue();
			assertThat(scope.covers(GUANHUTUN_RECORD)).isTrue();
		}

		@Test
		void doesNotCoverOtherSquadsOrUnroutedRecords() {
			assertThat(scope.covers(HUANGHE_RECORD)).isFalse();
			assertThat(scope.covers(UNROUTED_RECORD)).isFalse();
			assertThat(scope.covers(OTHER_DISTRICT_RECORD)).isFalse();
		}
	}

	@Nested
	class StationScopeOfStationHeadsAndOfficers {

		final DataScope scope = new DataScope.Station("yuantian");

		@Test
		void coversOnlyItsOwnStation() {
			assertThat(scope.covers(YUANTIAN_RECORD)).isTrue();
			assertThat(scope.covers(GUANHUTUN_RECORD)).as("sister station of the same squad").isFalse();
			assertThat(scope.covers(HUANGHE_RECORD)).isFalse();
			assertThat(scope.covers(UNROUTED_RECORD)).isFalse();
		}
	}

	@Nested
	class CommunityScopeOfCommunityStaff {

		final DataScope scope = new DataScope.Community("410105010001");

		@Test
		void coversOnlyItsOwnCommunity() {
			assertThat(scope.covers(YUANTIAN_RECORD)).isTrue();
			assertThat(scope.covers(GUANHUTUN_RECORD)).as("neighbour community of the same street").isFalse();
			assertThat(scope.covers(HUANGHE_RECORD)).isFalse();
			assertThat(scope.covers(UNROUTED_RECORD)).isFalse();
		}
	}

	@Nested
	class DepartmentScopeOfDepartmentLiaisons {

		final DataScope scope = new DataScope.Department("FIRE_RESCUE");

		@Test
		void coversOnlyRecordsNamingTheDepartment() {
			assertThat(scope.covers(HUANGHE_RECORD)).isTrue();
			assertThat(scope.covers(YUANTIAN_RECORD)).isFalse();
			assertThat(scope.covers(GUANHUTUN_RECORD)).isFalse();
			assertThat(scope.covers(UNROUTED_RECORD)).isFalse();
		}

		@Test
		void doesNotConfuseOneDepartmentWithAnother() {
			assertThat(new DataScope.Department("MARKET_SUPERVISION").covers(HUANGHE_RECORD)).isTrue();
			assertThat(new DataScope.Department("PUBLIC_SECURITY").covers(HUANGHE_RECORD)).isFalse();
		}
	}

	@Test
	void everyDemoRoleHasAScopeThatSeesItsOwnRecordsAndNotTheOthers() {
		for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
			CurrentUser user = new CurrentUser(demo.username(), demo.displayName(), Set.of(demo.role()), demo.scope());
			switch (demo.role()) {
				case ADMIN, COMMAND_CENTRE -> assertThat(user.canSee(HUANGHE_RECORD) && user.canSee(YUANTIAN_RECORD))
					.as(demo.username())
					.isTrue();
				case SQUAD_LEADER, STATION_HEAD, OFFICER, COMMUNITY_STAFF -> assertThat(
						user.canSee(YUANTIAN_RECORD) && !user.canSee(HUANGHE_RECORD))
					.as(demo.username())
					.isTrue();
				case DEPARTMENT_LIAISON -> assertThat(user.canSee(UNROUTED_RECORD)).as(demo.username()).isFalse();
			}
		}
	}

	@Test
	void rebuildsEachKindFromItsStoredForm() {
		for (DataScope scope : Set.<DataScope>of(new DataScope.District("410105"), new DataScope.Squad("dongfeng"),
				new DataScope.Station("yuantian"), new DataScope.Community("410105010001"),
				new DataScope.Department("FIRE_RESCUE"))) {
			assertThat(DataScope.of(scope.kind(), scope.code())).isEqualTo(scope);
		}
	}

	@Test
	void rejectsAnUnknownKind() {
		assertThatIllegalArgumentException().isThrownBy(() -> DataScope.of("CITY", "zhengzhou"));
	}

	@Test
	void checksTheShapeOfEachKindOfCode() {
		assertThat(ScopeCodeFormat.accepts("DISTRICT", "410105")).isTrue();
		assertThat(ScopeCodeFormat.accepts("DISTRICT", "41010")).isFalse();
		assertThat(ScopeCodeFormat.accepts("COMMUNITY", "410105010001")).isTrue();
		assertThat(ScopeCodeFormat.accepts("COMMUNITY", "410105010")).isFalse();
		assertThat(ScopeCodeFormat.accepts("STATION", "yuantian")).isTrue();
		assertThat(ScopeCodeFormat.accepts("SQUAD", "Dongfeng")).isFalse();
		assertThat(ScopeCodeFormat.accepts("DEPARTMENT", "FIRE_RESCUE")).isTrue();
		assertThat(ScopeCodeFormat.accepts("DEPARTMENT", "fire")).isFalse();
	}
}
