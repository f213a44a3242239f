package org.steward.worktime;

/** How a time limit is counted. Working units skip nights, weekends and official holidays. */
public enum LimitUnit {
	NATURAL_MINUTES,
	NATURAL_HOURS,
	WORKING_HOURS,
	WORKING_DAYS
}
