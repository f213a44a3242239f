package org.steward.worktime;

/** How a special day differs from the weekly rule (Monday to Friday worked). */
enum DayKind {
	/** A day off: a statutory holiday or a bridging day of the State Council arrangement. */
	HOLIDAY,
	/** A Saturday or Sunday that is worked to make up for a bridging day (调休上班). */
	MAKE_UP_WORKDAY;

	boolean offDay() {
		return this == HOLIDAY;
	}

	static DayKind ofOffDay(boolean offDay) {
		return offDay ? HOLIDAY : MAKE_UP_WORKDAY;
	}
}
