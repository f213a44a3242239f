package org.steward.organization;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assigns and reassigns the station and officer answering for a grid. */
@Component
class GridResponsibilities {

	private final JdbcClient jdbc;

	private final JdbcOrganization organization;

	private final Clock clock;

	private final OrganizationCache cache;

	private final GridResponsibilityPolicy policy = new GridResponsibilityPolicy();

	GridResponsibilities(JdbcClient jdbc, JdbcOrganization organization, Clock clock, OrganizationCache cache) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.organization = organization;
		this.clock = clock;
	}

	/** Makes {@code officerCode} of {@code stationCode} answer for the grid, replacing the previous officer. */
	@Transactional
	GridResponsibility assign(String gridCode, String stationCode, String officerCode) {
		String grid = gridCode.strip();
		Station station = organization.station(stationCode)
			.orElseThrow(() -> OrganizationRefusals.unknownStation(stationCode));
		Officer officer = organization.officer(officerCode)
			.orElseThrow(() -> OrganizationRefusals.unknownOfficer(officerCode));
		var current = organization.responsibilityFor(grid);
		policy.check(grid, station, officer, current);
		cache.changed();
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (current.isPresent()) {
			jdbc.sql("update grid_responsibility set officer_code = :officer, assigned_at = :now where grid_code = :grid")
				.param("officer", officer.code())
				.param("now", now)
				.param("grid", grid)
				.update();
		}
		else {
			jdbc.sql("""
					insert into grid_responsibility (grid_code, station_code, officer_code, assigned_at)
					values (:grid, :station, :officer, :now)""")
				.param("grid", grid)
				.param("station", station.code())
				.param("officer", officer.code())
				.param("now", now)
				.update();
		}
		return organization.responsibilityFor(grid).orElseThrow();
	}
}
