package org.steward.analytics;

import java.util.List;

import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

/**
 * Whose numbers a caller may read: the command centre and administrators the whole district,
 * a squad leader the own squad, a station head the own station; nobody else.
 */
sealed interface AnalyticsScope {

	/** The SQL condition on a table with {@code squad_code} and {@code station_code} columns. */
	String condition();

	List<Object> args();

	boolean coversSquad(String squadCode);

	boolean coversStation(String stationCode, String squadOfStation);

	record District() implements AnalyticsScope {
		public String condition() {
			return "";
		}

		public List<Object> args() {
			return List.of();
		}

		public boolean coversSquad(String squadCode) {
			return true;
		}

		public boolean coversStation(String stationCode, String squadOfStation) {
			return true;
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

	static AnalyticsScope of(CurrentUser user) {
		if (user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN)) {
			return new District();
		}
		if (user.has(Role.SQUAD_LEADER) && "SQUAD".equals(user.scope().kind())) {
			return new Squad(user.scope().code());
		}
		if (user.has(Role.STATION_HEAD) && "STATION".equals(user.scope().kind())) {
			return new Station(user.scope().code());
		}
		throw AnalyticsRefusals.roleMayNot();
	}

	default boolean isDistrict() {
		return this instanceof District;
	}
}
