package org.steward.organization;

import org.springframework.stereotype.Component;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

/**
 * Who may see a station's officers, grids and roster, and who may edit its roster. Seeing
 * follows the account's data scope (district → all, squad → its stations, station → itself,
 * community → the station serving it; departments see no station). Editing the roster is for
 * the station's own head and for administrators.
 */
@Component
class StationAccess {

	private final JdbcOrganization organization;

	StationAccess(JdbcOrganization organization) {
		this.organization = organization;
	}

	boolean canSee(CurrentUser user, Station station) {
		DataScope.Jurisdiction jurisdiction = organization.jurisdictionOf(station.code())
			.orElseThrow(() -> OrganizationRefusals.unknownStation(station.code()));
		if (user.canSee(jurisdiction)) {
			return true;
		}
		// A station serving several communities is visible to the staff of each of them.
		return station.communityCodes()
			.stream()
			.map(community -> new DataScope.Jurisdiction(jurisdiction.districtCode(), jurisdiction.squadCode(),
					station.code(), community, jurisdiction.departmentCodes()))
			.anyMatch(user::canSee);
	}

	void requireSee(CurrentUser user, Station station) {
		if (!canSee(user, station)) {
			throw OrganizationRefusals.outsideScope(station.code());
		}
	}

	boolean canEditRoster(CurrentUser user, Station station) {
		if (user.has(Role.ADMIN)) {
			return true;
		}
		return user.has(Role.STATION_HEAD) && user.scope() instanceof DataScope.Station(String code)
				&& code.equals(station.code());
	}

	void requireEditRoster(CurrentUser user, Station station) {
		if (!canEditRoster(user, station)) {
			throw OrganizationRefusals.mayNotEditRoster(station.code());
		}
	}
}
