package org.steward.outreach;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;
import org.steward.organization.Station;
import org.steward.parties.Parties;
import org.steward.parties.Party;

/**
 * Who may plan and record outreach where: a station head plans for their own station (a squad
 * leader for the stations of their squad, the command centre for the district); the station's
 * officers record its sessions. Reading follows the same data scope.
 */
@Component
class StationScope {

	static final Set<Role> PLANNERS = Set.of(Role.STATION_HEAD, Role.SQUAD_LEADER, Role.COMMAND_CENTRE);

	static final Set<Role> RECORDERS = Set.of(Role.OFFICER, Role.STATION_HEAD, Role.SQUAD_LEADER, Role.COMMAND_CENTRE);

	/** How many parties a station's registry share is read at most (the registry is per district, in the hundreds). */
	static final int PARTY_LIMIT = 10_000;

	private final Organization organization;

	private final Parties parties;

	StationScope(Organization organization, Parties parties) {
		this.organization = organization;
		this.parties = parties;
	}

	Station station(String code) {
		return organization.station(code).orElseThrow(() -> OutreachRefusals.stationNotFound(code));
	}

	boolean covers(CurrentUser user, String stationCode) {
		return organization.jurisdictionOf(stationCode).map(user::canSee).orElse(false);
	}

	/** The station, if the user plans for it; refuses (403) a role that does not plan or a station outside the scope. */
	Station requirePlanner(CurrentUser user, String stationCode) {
		if (user.roles().stream().noneMatch(PLANNERS::contains)) {
			throw OutreachRefusals.plannersOnly();
		}
		return inScope(user, stationCode);
	}

	Station requireRecorder(CurrentUser user, String stationCode) {
		if (user.roles().stream().noneMatch(RECORDERS::contains)) {
			throw OutreachRefusals.recordersOnly();
		}
		return inScope(user, stationCode);
	}

	/** The station when the user may read it: a station outside the scope is not found (404), like a missing one. */
	Station requireReader(CurrentUser user, String stationCode) {
		Station station = station(stationCode);
		if (!covers(user, stationCode)) {
			throw OutreachRefusals.stationNotFound(stationCode);
		}
		return station;
	}

	private Station inScope(CurrentUser user, String stationCode) {
		Station station = station(stationCode);
		if (!covers(user, stationCode)) {
			throw OutreachRefusals.outOfScope(stationCode);
		}
		return station;
	}

	/** The stations the user may see, in the organisation's order. */
	List<Station> visibleStations(CurrentUser user) {
		return organization.stations().stream().filter(s -> covers(user, s.code())).toList();
	}

	/** The user's own station when the scope names one, else the first visible station. */
	String defaultStation(CurrentUser user) {
		if (user.scope() instanceof DataScope.Station own) {
			return own.code();
		}
		return visibleStations(user).stream().map(Station::code).findFirst().orElse("");
	}

	List<Station> stationsOfSquad(String squadCode) {
		return organization.stations().stream().filter(s -> s.squadCode().equals(squadCode)).toList();
	}

	/** The registered parties whose grid lies in one of the station's communities. */
	List<Party> partiesOf(Station station) {
		return parties.search(null, PARTY_LIMIT)
			.stream()
			.filter(p -> p.gridCode() != null && station.communityCodes().stream().anyMatch(c -> p.gridCode().startsWith(c)))
			.sorted(java.util.Comparator.comparing(Party::id))
			.toList();
	}

	boolean gridOf(Station station, String gridCode) {
		return station.communityCodes().stream().anyMatch(gridCode::startsWith);
	}
}
