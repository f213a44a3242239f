package org.steward.identity;

import org.jspecify.annotations.Nullable;

/**
 * The part of the district whose records an account may see and act on. Every account has
 * exactly one. A record's place in the organisation is described by a {@link Jurisdiction};
 * {@link #covers} decides.
 */
public sealed interface DataScope {

	boolean covers(Jurisdiction jurisdiction);

	/** The kind, as stored and shown: DISTRICT, SQUAD, STATION, COMMUNITY or DEPARTMENT. */
	String kind();

	/** The code of the district, squad, station, community or department. */
	String code();

	/** Command centre and administrators: the whole district. */
	record District(String code) implements DataScope {
		@Override
		public boolean covers(Jurisdiction j) {
			return code.equals(j.districtCode());
		}

		@Override
		public String kind() {
			return "DISTRICT";
		}
	}

	/** Squad leaders: every station of their squad. */
	record Squad(String code) implements DataScope {
		@Override
		public boolean covers(Jurisdiction j) {
			return code.equals(j.squadCode());
		}

		@Override
		public String kind() {
			return "SQUAD";
		}
	}

	/** Station heads and officers: their own station. */
	record Station(String code) implements DataScope {
		@Override
		public boolean covers(Jurisdiction j) {
			return code.equals(j.stationCode());
		}

		@Override
		public String kind() {
			return "STATION";
		}
	}

	/** Community staff and grid workers: their own community. */
	record Community(String code) implements DataScope {
		@Override
		public boolean covers(Jurisdiction j) {
			return code.equals(j.communityCode());
		}

		@Override
		public String kind() {
			return "COMMUNITY";
		}
	}

	/** Department liaisons: records their department takes part in. */
	record Department(String code) implements DataScope {
		@Override
		public boolean covers(Jurisdiction j) {
			return j.departmentCodes().contains(code);
		}

		@Override
		public String kind() {
			return "DEPARTMENT";
		}
	}

	static DataScope of(String kind, String code) {
		return switch (kind) {
			case "DISTRICT" -> new District(code);
			case "SQUAD" -> new Squad(code);
			case "STATION" -> new Station(code);
			case "COMMUNITY" -> new Community(code);
			case "DEPARTMENT" -> new Department(code);
			default -> throw new IllegalArgumentException("Unknown data scope kind: " + kind);
		};
	}

	/**
	 * Where a record sits: the district, squad, station and community it belongs to and the
	 * departments taking part in it. Any part may be unknown (null / empty).
	 */
	record Jurisdiction(String districtCode, @Nullable String squadCode, @Nullable String stationCode,
			@Nullable String communityCode, java.util.Set<String> departmentCodes) {

		public Jurisdiction {
			departmentCodes = java.util.Set.copyOf(departmentCodes);
		}
	}
}
