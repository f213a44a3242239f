package org.steward.worktime;

import java.time.LocalTime;

/** One stretch of working time within a day, such as 08:30–12:00; never crosses midnight. */
record WorkingPeriod(LocalTime start, LocalTime end) {

	WorkingPeriod {
		if (start == null || end == null) {
			throw new IllegalArgumentException("A working period needs a start and an end");
		}
		if (!end.isAfter(start)) {
			throw CalendarRefusals.endNotAfterStart(start, end);
		}
	}

	boolean overlaps(WorkingPeriod other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}
}
