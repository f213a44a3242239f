package org.steward.organization;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 片区化管理责任制: a grid is answered for by exactly one station — the one serving the grid's
 * community — and by one active officer of that station. Moving a grid to another station is
 * not a reassignment: it means the communities were redrawn, which this policy refuses.
 */
final class GridResponsibilityPolicy {

	/** DB11 unit grids have 15 digits (community + 3); CJ/T 349 community grids have 14. */
	private static final Pattern GRID_CODE = Pattern.compile("\\d{14,15}");

	private static final int COMMUNITY_CODE_LENGTH = 12;

	void check(String gridCode, Station station, Officer officer, Optional<GridResponsibility> current) {
		if (!GRID_CODE.matcher(gridCode).matches()) {
			throw OrganizationRefusals.gridCodeMalformed(gridCode);
		}
		if (!station.serves(gridCode.substring(0, COMMUNITY_CODE_LENGTH))) {
			throw OrganizationRefusals.gridOutsideStation(gridCode, station.code());
		}
		current.filter(held -> !held.station().code().equals(station.code())).ifPresent(held -> {
			throw OrganizationRefusals.gridHeldByOtherStation(gridCode, held.station().code());
		});
		if (!officer.stationCode().equals(station.code())) {
			throw OrganizationRefusals.officerNotOfStation(officer.code(), station.code());
		}
		if (!officer.active()) {
			throw OrganizationRefusals.officerInactive(officer.code());
		}
	}
}
