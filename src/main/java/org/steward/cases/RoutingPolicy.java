package org.steward.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.Urgency;
import org.steward.organization.GridResponsibility;
import org.steward.organization.OfficerOnDuty;
import org.steward.organization.Organization;
import org.steward.organization.Station;
import org.steward.territory.GeoPoint;
import org.steward.territory.Location;
import org.steward.territory.Locator;
import org.steward.worktime.WorkingTime;

/**
 * Where a new case goes ("events by place first"): the grid the point lies in, the station and
 * officer answering for that grid, and the category's lead department.
 * <ul>
 * <li>Inside the service area, with urban management as the lead department: DISPATCHED to the
 * grid's station. The officer is the grid's responsible officer when on duty, else the first
 * officer on duty; when nobody is rostered, still the grid's responsible officer (the station
 * head sees every case of the station anyway). Both clocks start now: acknowledgement within the
 * category's acknowledgement limit, handling within its handling limit (handling counts from
 * dispatch).</li>
 * <li>Outside every grid (OUTSIDE_SERVICE_AREA), in a grid no station answers for
 * (NO_RESPONSIBLE_STATION), or a category another department leads (NOT_STATION_CATEGORY — no
 * station handles it alone): ESCALATED to the command centre's queue, no station and no
 * deadlines until the command centre reassigns it.</li>
 * </ul>
 */
final class RoutingPolicy {

	static final String URBAN_MANAGEMENT = "URBAN_MANAGEMENT";

	static final String OUTSIDE_SERVICE_AREA = "OUTSIDE_SERVICE_AREA";

	static final String NOT_STATION_CATEGORY = "NOT_STATION_CATEGORY";

	static final String NO_RESPONSIBLE_STATION = "NO_RESPONSIBLE_STATION";

	/** The outcome of routing. */
	record Route(CaseStatus status, @Nullable Location location, RegisteredCase.@Nullable Area station,
			@Nullable String squadCode, @Nullable String officerCode, @Nullable String officerName,
			@Nullable Instant acknowledgeBy, @Nullable Instant handleBy, @Nullable String escalationReason) {

		boolean dispatched() {
			return status == CaseStatus.DISPATCHED;
		}
	}

	private final Locator locator;

	private final Organization organization;

	private final WorkingTime workingTime;

	RoutingPolicy(Locator locator, Organization organization, WorkingTime workingTime) {
		this.locator = locator;
		this.organization = organization;
		this.workingTime = workingTime;
	}

	Route route(GeoPoint point, CategoryRules rules, Urgency urgency, Instant now) {
		Optional<Location> located = locator.locate(point);
		if (located.isEmpty()) {
			return escalated(null, OUTSIDE_SERVICE_AREA);
		}
		Location location = located.get();
		if (!URBAN_MANAGEMENT.equals(rules.responsibility().leadDepartment())) {
			return escalated(location, NOT_STATION_CATEGORY);
		}
		Optional<GridResponsibility> responsibility = organization.responsibilityFor(location.grid().code());
		if (responsibility.isPresent()) {
			GridResponsibility r = responsibility.get();
			return dispatched(location, r.station().code(), r.station().nameZh(), r.station().nameEn(),
					r.station().squadCode(), r.officer().code(), r.officer().name(), rules, urgency, now);
		}
		Optional<Station> station = organization.stationForCommunity(location.community().code());
		if (station.isPresent()) {
			Station s = station.get();
			String head = s.headOfficerCode();
			String headName = head == null ? null
					: organization.officer(head).map(org.steward.organization.Officer::name).orElse(null);
			return dispatched(location, s.code(), s.nameZh(), s.nameEn(), s.squadCode(), head, headName, rules,
					urgency, now);
		}
		return escalated(location, NO_RESPONSIBLE_STATION);
	}

	/** Deadlines for a dispatch (or a re-dispatch) happening now. */
	Instant acknowledgeBy(CategoryRules rules, Urgency urgency, Instant now) {
		return workingTime.deadline(now, rules.acknowledgeWithin(urgency));
	}

	Instant handleBy(CategoryRules rules, Urgency urgency, Instant now) {
		return workingTime.deadline(now, rules.handleWithin(urgency));
	}

	/** The officer who gets a case at a station now: the preferred one if on duty, else whoever is, else the preferred one. */
	OfficerChoice officerFor(String stationCode, @Nullable String preferredCode, @Nullable String preferredName,
			Instant now) {
		List<OfficerOnDuty> onDuty = organization.onDuty(stationCode, now);
		for (OfficerOnDuty officer : onDuty) {
			if (officer.code().equals(preferredCode)) {
				return new OfficerChoice(officer.code(), officer.name());
			}
		}
		if (!onDuty.isEmpty()) {
			return new OfficerChoice(onDuty.getFirst().code(), onDuty.getFirst().name());
		}
		return new OfficerChoice(preferredCode, preferredName);
	}

	record OfficerChoice(@Nullable String code, @Nullable String name) {
	}

	private Route dispatched(Location location, String stationCode, String nameZh, String nameEn, String squadCode,
			@Nullable String officerCode, @Nullable String officerName, CategoryRules rules, Urgency urgency,
			Instant now) {
		OfficerChoice officer = officerFor(stationCode, officerCode, officerName, now);
		return new Route(CaseStatus.DISPATCHED, location, new RegisteredCase.Area(stationCode, nameZh, nameEn),
				squadCode, officer.code(), officer.name(), acknowledgeBy(rules, urgency, now),
				handleBy(rules, urgency, now), null);
	}

	private static Route escalated(@Nullable Location location, String reason) {
		return new Route(CaseStatus.ESCALATED, location, null, null, null, null, null, null, reason);
	}
}
