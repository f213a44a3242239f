package org.steward.patrol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;
import org.steward.organization.Station;
import org.steward.territory.Territory;
import org.steward.territory.TerritoryUnit;

/**
 * Whose patrols, grids and warnings a user may see and write. Seeing follows the data scope
 * (district → all, squad → its stations, station → itself, community → the station serving it);
 * patrolling is for officers and station heads, for their own station only.
 */
@Component
class PatrolScope {

	private final Organization organization;

	private final Territory territory;

	PatrolScope(Organization organization, Territory territory) {
		this.organization = organization;
		this.territory = territory;
	}

	boolean canSee(CurrentUser user, String stationCode) {
		Optional<DataScope.Jurisdiction> found = organization.jurisdictionOf(stationCode);
		if (found.isEmpty()) {
			return false;
		}
		DataScope.Jurisdiction j = found.get();
		if (user.canSee(j)) {
			return true;
		}
		return organization.station(stationCode)
			.map(station -> station.communityCodes()
				.stream()
				.anyMatch(community -> user.canSee(new DataScope.Jurisdiction(j.districtCode(), j.squadCode(),
						stationCode, community, j.departmentCodes()))))
			.orElse(false);
	}

	void requireSee(CurrentUser user, String stationCode, long id) {
		if (!canSee(user, stationCode)) {
			throw PatrolRefusals.outsideScope(id);
		}
	}

	/** The station an officer or station head patrols for: their own. */
	String patrolStation(CurrentUser user) {
		if ((user.has(Role.OFFICER) || user.has(Role.STATION_HEAD))
				&& user.scope() instanceof DataScope.Station(String code)) {
			return code;
		}
		throw PatrolRefusals.notAnOfficer();
	}

	/** Whether the user heads this station (or administers the district). */
	boolean headsOrAdministers(CurrentUser user, String stationCode) {
		if (user.has(Role.ADMIN)) {
			return canSee(user, stationCode);
		}
		return user.has(Role.STATION_HEAD) && user.scope() instanceof DataScope.Station(String code)
				&& code.equals(stationCode);
	}

	List<Station> visibleStations(CurrentUser user) {
		return organization.stations().stream().filter(s -> canSee(user, s.code())).toList();
	}

	Optional<Station> station(String code) {
		return organization.station(code);
	}

	/** The unit grids of the communities a station serves. */
	List<TerritoryUnit> gridsOf(String stationCode) {
		List<TerritoryUnit> grids = new ArrayList<>();
		organization.station(stationCode)
			.ifPresent(station -> station.communityCodes().forEach(c -> grids.addAll(territory.gridsOf(c))));
		return grids;
	}

	/** The station that answers for a grid: by responsibility, else by the grid's community. */
	Optional<String> stationOfGrid(String gridCode) {
		Optional<String> responsible = organization.responsibilityFor(gridCode).map(r -> r.station().code());
		if (responsible.isPresent()) {
			return responsible;
		}
		return territory.communityOfGrid(gridCode).flatMap(organization::stationForCommunity).map(Station::code);
	}

	Optional<TerritoryUnit> grid(String code) {
		return territory.grid(code);
	}
}
