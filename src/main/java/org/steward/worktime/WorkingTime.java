package org.steward.worktime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Deadline arithmetic over the official calendar. The one place that knows which days are
 * worked (weekdays, holidays, make-up Saturdays and Sundays) and which hours of them.
 */
public interface WorkingTime {

	/** The instant at which {@code limit} counted from {@code start} runs out. */
	Instant deadline(Instant start, TimeLimit limit);

	/** Whether the date is a working day under the official calendar (make-up days included). */
	boolean isWorkingDay(LocalDate date);
}
