package org.steward.analytics;

import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;

/**
 * Whose numbers a caller may read: the command centre and administrators their own district, a squad
 * leader the own squad, a station head the own station; nobody else.
 */
sealed interface AnalyticsScope {

	/** The SQL condition on a table with {@code squad_code} and {@code station_code} columns. */
	String condition();

	List<Object> args();

	boolean coversSquad(String squadCode);

	boolean coversStation(String stationCode, String squadOfStation);

	/**
	 * A district: the rows of the squads whose brigade serves it. Facts and rollups carry squads, not
	 * districts, so the district is read through its squads; rows no squad answers for ({@code "-"}: a
	 * case routed to no station) belong to it only when it is the organisation's one district.
	 *
	 * @param squads the district's squads, or null for every row (the organisation's only district)
	 */
	record District(String code, @Nullable List<String> squads) implements AnalyticsScope {

		public District {
			squads = squads == null ? null : List.copyOf(squads);
		}

		/** Every row of every district: for jobs and tests that read the whole organisation. */
		District() {
			this("", null);
		}

		public String condition() {
			if (squads == null) {
				return "";
			}
			return squads.isEmpty() ? " and 1 = 0"
					: " and squad_code in (" + String.join(", ", Collections.nCopies(squads.size(), "?")) + ")";
		}

		public List<Object> args() {
			return squads == null ? List.of() : List.copyOf(squads);
		}

		public boolean coversSquad(String squadCode) {
			return squads == null || squads.contains(squadCode);
		}

		public boolean coversStation(String stationCode, String squadOfStation) {
			return squads == null || squads.contains(squadOfStation);
		}
	}

	record Squad(String code) implements AnalyticsScope {
		public String condition() {
			return " and squad_code = ?";
		}

		public List<Object> args() {
			return List.of(code);
		}

		public boolean coversSquad(String squadCode) {
			return code.equals(squadCode);
		}

		public boolean coversStation(String stationCode, String squadOfStation) {
			return code.equals(squadOfStation);
		}
	}

	record Station(String code) implements AnalyticsScope {
		public String condition() {
			return " and station_code = ?";
		}

		public List<Object> args() {
			return List.of(code);
		}

		public boolean coversSquad(String squadCode) {
			return false;
		}

		public boolean coversStation(String stationCode, String squadOfStation) {
			return code.equals(stationCode);
		}
	}

	/**
	 * The caller's scope. The command centre and administrators read their account's district — compared
	 * with the district of every row through its squad, never taken as "everything"; with a narrower
	 * account scope they read as the squad leader or station head of it would, or not at all.
	 */
	static AnalyticsScope of(CurrentUser user, Organization organization) {
		if ((user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN))
				&& user.scope() instanceof DataScope.District(String code)) {
			List<String> districts = organization.districts();
			if (districts.size() == 1 && districts.getFirst().equals(code)) {
				return new District(code, null);
			}
			return new District(code, organization.squadsOfDistrict(code));
		}
		if ((user.has(Role.SQUAD_LEADER) || user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN))
				&& "SQUAD".equals(user.scope().kind())) {
			return new Squad(user.scope().code());
		}
		if ((user.has(Role.STATION_HEAD) || user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN))
				&& "STATION".equals(user.scope().kind())) {
			return new Station(user.scope().code());
		}
		throw AnalyticsRefusals.roleMayNot();
	}

	default boolean isDistrict() {
		return this instanceof District;
	}
}
