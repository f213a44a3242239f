package org.steward.worktime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Deadline arithmetic over the official calendar. The one place that knows which days are
 * worked (weekdays, holidays, make-up Saturdays and Sundays) and which hours of them.
 *
 * <p>Answers come from memory, never from the database, so callers may compute deadlines in
 * loops. A calendar edit made on this node applies as soon as it commits; one made on
 * another node applies here within {@code steward.worktime.refresh-interval} (60 s by
 * default). The exact counting rules (start outside working hours, a deadline at the end of
 * a period, what one working day is) are documented in {@code docs/worktime-deadlines.md}.
 */
public interface WorkingTime {

	/**
	 * The instant at which {@code limit} counted from {@code start} runs out: natural units are
	 * added as they are; working hours and days count only the working periods of working days.
	 */
	Instant deadline(Instant start, TimeLimit limit);

	/** Whether the date is a working day under the official calendar (make-up days included). */
	boolean isWorkingDay(LocalDate date);
}
