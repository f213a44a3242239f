package org.steward.worktime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The working periods of every working day (make-up days included), in order. At least one
 * period, none overlapping: periods that touch (12:00–12:00) are allowed and simply adjoin.
 */
record WorkingHours(List<WorkingPeriod> periods) {

	/** The hours Chinese government offices keep unless an administrator changes them. */
	static final WorkingHours DEFAULT = of(List.of(
			new WorkingPeriod(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(12, 0)),
			new WorkingPeriod(java.time.LocalTime.of(14, 0), java.time.LocalTime.of(18, 0))));

	WorkingHours {
		periods = List.copyOf(periods);
	}

	/**
	 * Validates periods in the order the administrator gave them; a rejection names the
	 * index of the offending period in that order, so the form can mark the right row.
	 */
	static WorkingHours of(List<WorkingPeriod> given) {
		if (given.isEmpty()) {
			throw CalendarRefusals.noPeriods();
		}
		for (int later = 1; later < given.size(); later++) {
			for (int earlier = 0; earlier < later; earlier++) {
				if (given.get(later).overlaps(given.get(earlier))) {
					throw CalendarRefusals.overlap(later, given.get(earlier));
				}
			}
		}
		List<WorkingPeriod> sorted = new ArrayList<>(given);
		sorted.sort(Comparator.comparing(WorkingPeriod::start));
		return new WorkingHours(sorted);
	}

	Duration perDay() {
		return periods.stream()
			.map(p -> Duration.between(p.start(), p.end()))
			.reduce(Duration.ZERO, Duration::plus);
	}
}
