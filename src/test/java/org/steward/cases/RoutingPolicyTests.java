package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.catalog.CategoryKind;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.CategoryRulesId;
import org.steward.catalog.MajorClass;
import org.steward.catalog.Responsibility;
import org.steward.catalog.ResponseLimits;
import org.steward.catalog.Urgency;
import org.steward.organization.GridResponsibility;
import org.steward.organization.OfficerOnDuty;
import org.steward.organization.Organization;
import org.steward.organization.Station;
import org.steward.territory.GeoPoint;
import org.steward.territory.Location;
import org.steward.territory.Locator;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;
import org.steward.worktime.WorkingTime;

class RoutingPolicyTests {

	static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	static final GeoPoint POINT = new GeoPoint(34.7985, 113.6830);

	static final Location YUANTIAN_1 = new Location(new Location.Area("410105010001001", "园田1", "Yuantian 1"),
			new Location.Area("410105010001", "园田社区", "Yuantian"),
			new Location.Area("410105010", "东风路街道", "Dongfeng Road"), new Location.Area("410105", "金水区", "Jinshui"));

	static final GridResponsibility RESPONSIBLE = new GridResponsibility("410105010001001",
			new GridResponsibility.StationRef("yuantian", "园田社区执法服务站", "Yuantian station", "dongfeng"),
			new GridResponsibility.OfficerRef("41010500101", "李强"));

	Locator locator = mock(Locator.class);

	Organization organization = mock(Organization.class);

	/** Adds limits as natural minutes / hours, so expectations are plain arithmetic. */
	WorkingTime workingTime = new WorkingTime() {
		@Override
		public Instant deadline(Instant start, TimeLimit limit) {
			return switch (limit.unit()) {
				case NATURAL_MINUTES -> start.plus(Duration.ofMinutes(limit.amount()));
				default -> start.plus(Duration.ofHours(limit.amount()));
			};
		}

		@Override
		public boolean isWorkingDay(java.time.LocalDate date) {
			return true;
		}
	};

	RoutingPolicy policy = new RoutingPolicy(locator, organization, workingTime);

	@BeforeEach
	void inYuantian() {
		when(locator.locate(any(GeoPoint.class))).thenReturn(Optional.of(YUANTIAN_1));
		when(organization.responsibilityFor("410105010001001")).thenReturn(Optional.of(RESPONSIBLE));
		when(organization.onDuty("yuantian", NOW)).thenReturn(List.of());
	}

	static CategoryRules rules(String lead) {
		Map<Urgency, ResponseLimits> limits = new EnumMap<>(Urgency.class);
		limits.put(Urgency.NORMAL, new ResponseLimits(TimeLimit.of(30, LimitUnit.NATURAL_MINUTES),
				TimeLimit.of(4, LimitUnit.WORKING_HOURS)));
		limits.put(Urgency.URGENT, new ResponseLimits(TimeLimit.of(15, LimitUnit.NATURAL_MINUTES),
				TimeLimit.of(2, LimitUnit.WORKING_HOURS)));
		limits.put(Urgency.VERY_URGENT, new ResponseLimits(TimeLimit.of(10, LimitUnit.NATURAL_MINUTES),
				TimeLimit.of(1, LimitUnit.NATURAL_HOURS)));
		return new CategoryRules(new CategoryRulesId(7), "0502", new MajorClass("05", CategoryKind.EVENT, "街面秩序", "Street order"),
				"占道经营", "Street vending", "", true, Responsibility.lead(lead), limits, 1, NOW, "seed");
	}

	@Test
	void dispatchesAStationCategoryToTheStationOfItsGridWithBothDeadlines() {
		RoutingPolicy.Route route = policy.route(POINT, rules("URBAN_MANAGEMENT"), Urgency.NORMAL, NOW);
		assertThat(route.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(route.station().code()).isEqualTo("yuantian");
		assertThat(route.squadCode()).isEqualTo("dongfeng");
		assertThat(route.acknowledgeBy()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
		assertThat(route.handleBy()).isEqualTo(NOW.plus(Duration.ofHours(4)));
		assertThat(route.escalationReason()).isNull();
	}

	@Test
	void usesTheUrgencysOwnLimits() {
		RoutingPolicy.Route route = policy.route(POINT, rules("URBAN_MANAGEMENT"), Urgency.URGENT, NOW);
		assertThat(route.acknowledgeBy()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
		assertThat(route.handleBy()).isEqualTo(NOW.plus(Duration.ofHours(2)));
	}

	@Test
	void prefersTheGridsResponsibleOfficerWhenOnDuty() {
		when(organization.onDuty("yuantian", NOW)).thenReturn(List.of(onDuty("41010500102", "王芳"),
				onDuty("41010500101", "李强")));
		assertThat(policy.route(POINT, rules("URBAN_MANAGEMENT"), Urgency.NORMAL, NOW).officerCode())
			.isEqualTo("41010500101");
	}

	@Test
	void givesTheCaseToAnOfficerOnDutyWhenTheResponsibleOneIsNot() {
		when(organization.onDuty("yuantian", NOW)).thenReturn(List.of(onDuty("41010500102", "王芳")));
		RoutingPolicy.Route route = policy.route(POINT, rules("URBAN_MANAGEMENT"), Urgency.NORMAL, NOW);
		assertThat(route.officerCode()).isEqualTo("41010500102");
		assertThat(route.officerName()).isEqualTo("王芳");
	}

	@Test
	void fallsBackToTheResponsibleOfficerWhenNobodyIsOnDuty() {
		RoutingPolicy.Route route = policy.route(POINT, rules("URBAN_MANAGEMENT"), Urgency.NORMAL, NOW);
		assertThat(route.officerCode()).isEqualTo("41010500101");
	}

	@Test
	void escalatesAPointOutsideTheServiceAreaToTheCommandCentre() {
		when(locator.locate(any(GeoPoint.class))).thenReturn(Optional.empty());
		RoutingPolicy.Route route = policy.route(new GeoPoint(39.9, 116.4), rules("URBAN_MANAGEMENT"), Urgency.NORMAL, NOW);
		assertThat(route.status()).isEqualTo(CaseStatus.ESCALATED);
		assertThat(route.escalationReason()).isEqualTo(RoutingPolicy.OUTSIDE_SERVICE_AREA);
		assertThat(route.station()).isNull();
		assertThat(route.location()).isNull();
		assertThat(route.acknowledgeBy()).isNull();
		assertThat(route.handleBy()).isNull();
	}

	@Test
	void escalatesACategoryAnotherDepartmentLeadsWithoutAStation() {
		RoutingPolicy.Route route = policy.route(POINT, rules("FIRE_RESCUE"), Urgency.NORMAL, NOW);
		assertThat(route.status()).isEqualTo(CaseStatus.ESCALATED);
		assertThat(route.escalationReason()).isEqualTo(RoutingPolicy.NOT_STATION_CATEGORY);
		assertThat(route.station()).isNull();
		assertThat(route.location()).isEqualTo(YUANTIAN_1);
	}

	@Test
	void fallsBackToTheStationOfTheCommunityAndItsHeadWhenNoOfficerAnswersForTheGrid() {
		when(organization.responsibilityFor("410105010001001")).thenReturn(Optional.empty());
		when(organization.stationForCommunity("410105010001")).thenReturn(Optional.of(new Station("yuantian", "园田",
				"Yuantian", "dongfeng", null, null, List.of("410105010001"), null, "41010500100")));
		RoutingPolicy.Route route = policy.route(POINT, rules("URBAN_MANAGEMENT"), Urgency.NORMAL, NOW);
		assertThat(route.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(route.station().code()).isEqualTo("yuantian");
		assertThat(route.officerCode()).isEqualTo("41010500100");
	}

	@Test
	void escalatesAGridNoStationAnswersFor() {
		when(organization.responsibilityFor("410105010001001")).thenReturn(Optional.empty());
		when(organization.stationForCommunity("410105010001")).thenReturn(Optional.empty());
		RoutingPolicy.Route route = policy.route(POINT, rules("URBAN_MANAGEMENT"), Urgency.NORMAL, NOW);
		assertThat(route.status()).isEqualTo(CaseStatus.ESCALATED);
		assertThat(route.escalationReason()).isEqualTo(RoutingPolicy.NO_RESPONSIBLE_STATION);
	}

	private static OfficerOnDuty onDuty(String code, String name) {
		return new OfficerOnDuty(code, name, null, "yuantian", NOW.minusSeconds(3600), NOW.plusSeconds(3600));
	}
}
