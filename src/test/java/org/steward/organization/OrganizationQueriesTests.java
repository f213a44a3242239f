package org.steward.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.identity.DataScope;
import org.steward.refusal.Refusal;

class OrganizationQueriesTests extends OrganizationTestSupport {

	@Autowired
	Organization organization;

	@Autowired
	GridResponsibilities responsibilities;

	@Autowired
	Roster roster;

	@Autowired
	Departments departments;

	@Autowired
	Clock clock;

	@Test
	void knowsTheSquadOfADemoStation() {
		assertThat(organization.squadOf("yuantian")).hasValueSatisfying(squad -> {
			assertThat(squad.code()).isEqualTo("dongfeng");
			assertThat(squad.brigadeCode()).isEqualTo("jinshui");
			assertThat(squad.leaderUsername()).isEqualTo("squad.dongfeng");
		});
		assertThat(organization.squadOf("huanghe")).get().extracting(Squad::code).isEqualTo("wenhua");
	}

	@Test
	void listsTheDemoStationsWithTheirCommunities() {
		assertThat(organization.stations()).extracting(Station::code)
			.contains("yuantian", "guanhutun", "huanghe", "fengchan");
		assertThat(organization.station("yuantian")).hasValueSatisfying(s -> {
			assertThat(s.communityCodes()).containsExactly("410105010001");
			assertThat(s.headOfficerCode()).isEqualTo("41010500100");
			assertThat(s.location()).isNotNull();
		});
		assertThat(organization.stationForCommunity("410105009001")).get().extracting(Station::code)
			.isEqualTo("fengchan");
	}

	@Test
	void placesAStationInItsJurisdiction() {
		assertThat(organization.jurisdictionOf("guanhutun")).hasValueSatisfying(j -> {
			assertThat(j.districtCode()).isEqualTo("410105");
			assertThat(j.squadCode()).isEqualTo("dongfeng");
			assertThat(j.stationCode()).isEqualTo("guanhutun");
			assertThat(j.communityCode()).isEqualTo("410105010002");
			assertThat(new DataScope.Squad("dongfeng").covers(j)).isTrue();
			assertThat(new DataScope.Squad("wenhua").covers(j)).isFalse();
		});
		assertThat(organization.jurisdictionOf("no-such-station")).isEmpty();
	}

	@Test
	void answersWhoIsResponsibleForADemoGrid() {
		assertThat(organization.responsibilityFor("410105010001001")).hasValueSatisfying(r -> {
			assertThat(r.station().code()).isEqualTo("yuantian");
			assertThat(r.station().squadCode()).isEqualTo("dongfeng");
			assertThat(r.officer().code()).isEqualTo("41010500101");
			assertThat(r.officer().name()).isEqualTo("李强");
		});
		assertThat(organization.responsibilityFor("410105010001004")).get()
			.extracting(r -> r.officer().code())
			.isEqualTo("41010500102");
		assertThat(organization.responsibilityFor("999999999999999")).isEmpty();
	}

	@Test
	void linksOfficersToAccountsByUsername() {
		assertThat(organization.officerByUsername("officer.yuantian1")).get().extracting(Officer::code)
			.isEqualTo("41010500101");
		assertThat(organization.officerByUsername("station.yuantian")).get().extracting(Officer::stationCode)
			.isEqualTo("yuantian");
	}

	@Test
	void everyDepartmentHasALiaison() {
		assertThat(java.util.List.of("URBAN_MANAGEMENT", "PUBLIC_SECURITY", "TRAFFIC_POLICE", "FIRE_RESCUE",
				"ECOLOGY_ENVIRONMENT", "MARKET_SUPERVISION", "HOUSING_CONSTRUCTION", "NATURAL_RESOURCES"))
			.allSatisfy(code -> assertThat(departments.liaisons(code)).isNotEmpty());
		assertThat(departments.liaisons("FIRE_RESCUE")).first()
			.extracting(Departments.Liaison::username)
			.isEqualTo("liaison.fire_rescue");
	}

	@Test
	void assignsAndReassignsTheOfficerOfAGrid() {
		String station = newStation();
		String first = newOfficer(station);
		String second = newOfficer(station);
		String grid = communityOf(station) + "001";

		responsibilities.assign(grid, station, first);
		responsibilities.assign(grid, station, second);

		assertThat(organization.responsibilityFor(grid)).hasValueSatisfying(r -> {
			assertThat(r.station().code()).isEqualTo(station);
			assertThat(r.officer().code()).isEqualTo(second);
		});
	}

	@Test
	void rejectsAnOfficerFromAnotherStationForAGrid() {
		String station = newStation();
		String elsewhere = newOfficer(newStation());
		String grid = communityOf(station) + "001";

		assertThatThrownBy(() -> responsibilities.assign(grid, station, elsewhere))
			.isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.fields().get(0).code()).isEqualTo("organization.refused.officerNotOfStation"));
		assertThat(organization.responsibilityFor(grid)).isEmpty();
	}

	@Test
	void rejectsASecondStationForTheSameGrid() {
		String station = newStation();
		String community = communityOf(station);
		String grid = community + "002";
		responsibilities.assign(grid, station, newOfficer(station));
		// The community is handed to another station, but the grid was never released.
		String rival = newStation();
		jdbc.sql("delete from station_community where station_code = :s").param("s", rival).update();
		jdbc.sql("update station_community set station_code = :rival where community_code = :c")
			.param("rival", rival)
			.param("c", community)
			.update();

		assertThatThrownBy(() -> responsibilities.assign(grid, rival, newOfficer(rival)))
			.isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.code()).isEqualTo("organization.refused.gridHeldByOtherStation"));
		assertThat(organization.responsibilityFor(grid)).get().extracting(r -> r.station().code()).isEqualTo(station);
	}

	@Test
	void findsTheOfficersOnDutyByDayAndByNight() {
		String station = newStation();
		String day = newOfficer(station);
		String night = newOfficer(station);
		Instant morning = OffsetDateTime.of(2031, 3, 10, 8, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
		roster.add(station, day, morning, morning.plus(12, ChronoUnit.HOURS));
		roster.add(station, night, morning.plus(12, ChronoUnit.HOURS), morning.plus(24, ChronoUnit.HOURS));

		assertThat(organization.onDuty(station, morning.plus(3, ChronoUnit.HOURS))).extracting(OfficerOnDuty::code)
			.containsExactly(day);
		assertThat(organization.onDuty(station, morning.plus(12, ChronoUnit.HOURS))).extracting(OfficerOnDuty::code)
			.containsExactly(night);
		assertThat(organization.onDuty(station, morning.plus(23, ChronoUnit.HOURS))).extracting(OfficerOnDuty::code)
			.containsExactly(night);
	}

	@Test
	void answersNobodyWhenNoShiftCoversTheInstant() {
		String station = newStation();
		Instant morning = OffsetDateTime.of(2031, 3, 11, 8, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
		roster.add(station, newOfficer(station), morning, morning.plus(12, ChronoUnit.HOURS));

		assertThat(organization.onDuty(station, morning.minusSeconds(1))).isEmpty();
		assertThat(organization.onDuty(station, morning.plus(12, ChronoUnit.HOURS))).isEmpty();
	}

	@Test
	void rejectsAShiftForAnOfficerOfAnotherStation() {
		String station = newStation();
		String elsewhere = newOfficer(newStation());
		Instant start = Instant.parse("2031-04-01T00:00:00Z");
		assertThatThrownBy(() -> roster.add(station, elsewhere, start, start.plus(8, ChronoUnit.HOURS)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).field()).isEqualTo("officer"));
	}

	@Test
	void rejectsOverlappingShiftsOfOneOfficer() {
		String station = newStation();
		String officer = newOfficer(station);
		Instant start = Instant.parse("2031-04-02T00:00:00Z");
		roster.add(station, officer, start, start.plus(8, ChronoUnit.HOURS));
		assertThatThrownBy(() -> roster.add(station, officer, start.plus(4, ChronoUnit.HOURS),
				start.plus(10, ChronoUnit.HOURS)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("organization.refused.shiftOverlaps"));
	}

	@Test
	void keepsSomeoneOnDutyAtYuantianAroundTheClockInTheDemo() {
		Instant now = clock.instant();
		for (int hour = 0; hour < 24; hour++) {
			assertThat(organization.onDuty("yuantian", now.plus(hour, ChronoUnit.HOURS)))
				.as("on duty %d h from now", hour)
				.isNotEmpty();
		}
	}
}
