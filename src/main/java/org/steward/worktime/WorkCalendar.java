package org.steward.worktime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable snapshot of the calendar with the deadline rules. Built once per change and
 * shared by every thread, so a deadline costs a few array look-ups and no database access.
 *
 * <p>Rules, all read in the district's zone:
 * <ul>
 * <li>A date in the table is a holiday or a make-up working day as stated; any other Saturday
 * or Sunday is off and any other weekday is worked.</li>
 * <li>Natural minutes and hours are added to the instant: holidays do not matter.</li>
 * <li>Working hours are counted only inside the working periods of working days. A start
 * outside them (night, lunch break, weekend, holiday) starts counting at the next period's
 * start. A deadline that falls exactly on the end of a period stays there; it is not moved to
 * the next period's start, so "4 working hours from 14:00" is 18:00 the same day.</li>
 * <li>A working day is the length of one day's working periods (7.5 hours by default), counted
 * like working hours. Because every working day has the same periods, a start inside working
 * hours gives the same time of day N working days later (Mon 10:00 + 1 working day = Tue
 * 10:00). A start outside working hours counts from the next period start, and by the rule
 * above ends at the close of the period before that start's time of day: Fri 19:00 + 1
 * working day = Mon 18:00 (the same working instant as Tue 08:30); Tue 12:30 (lunch) + 1
 * working day = Wed 12:00 (the same working instant as Wed 14:00).</li>
 * </ul>
 */
final class WorkCalendar {

	private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

	private final ZoneId zone;

	/** Epoch days of the special dates, ascending, with whether each is off. */
	private final long[] specialDays;

	private final boolean[] specialOff;

	private final long[] periodStarts;

	private final long[] periodEnds;

	private final long nanosPerWorkingDay;

	private final WorkingHours hours;

	WorkCalendar(Collection<CalendarDay> days, WorkingHours hours, ZoneId zone) {
		this.zone = zone;
		this.hours = hours;
		List<CalendarDay> sorted = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
		this.specialDays = new long[sorted.size()];
		this.specialOff = new boolean[sorted.size()];
		for (int i = 0; i < sorted.size(); i++) {
			specialDays[i] = sorted.get(i).date().toEpochDay();
			specialOff[i] = sorted.get(i).offDay();
			if (i > 0 && specialDays[i] == specialDays[i - 1]) {
				throw new IllegalArgumentException("Two calendar entries for " + sorted.get(i).date());
			}
		}
		List<WorkingPeriod> periods = hours.periods();
		if (periods.isEmpty()) {
			throw CalendarRefusals.noPeriods();
		}
		this.periodStarts = periods.stream().mapToLong(p -> p.start().toNanoOfDay()).toArray();
		this.periodEnds = periods.stream().mapToLong(p -> p.end().toNanoOfDay()).toArray();
		this.nanosPerWorkingDay = hours.perDay().toNanos();
	}

	ZoneId zone() {
		return zone;
	}

	WorkingHours hours() {
		return hours;
	}

	boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(date.toEpochDay());
	}

	Instant deadline(Instant start, TimeLimit limit) {
		return switch (limit.unit()) {
			case NATURAL_MINUTES -> start.plusSeconds(60L * limit.amount());
			case NATURAL_HOURS -> start.plusSeconds(3600L * limit.amount());
			case WORKING_HOURS -> addWorkingTime(start, Math.multiplyExact(NANOS_PER_HOUR, (long) limit.amount()));
			case WORKING_DAYS -> addWorkingTime(start, Math.multiplyExact(nanosPerWorkingDay, (long) limit.amount()));
		};
	}

	private boolean isWorkingDay(long epochDay) {
		int found = Arrays.binarySearch(specialDays, epochDay);
		if (found >= 0) {
			return !specialOff[found];
		}
		// 1970-01-01 (epoch day 0) was a Thursday: shifting by 3 makes Monday 0 and Sunday 6
		return Math.floorMod(epochDay + 3, 7) < 5;
	}

	private Instant addWorkingTime(Instant start, long nanos) {
		ZonedDateTime local = start.atZone(zone);
		long day = local.toLocalDate().toEpochDay();
		long timeOfDay = local.toLocalTime().toNanoOfDay();
		long remaining = nanos;
		while (true) {
			if (isWorkingDay(day)) {
				// whole working days are skipped in one step; "greater than" keeps a deadline at a day's close
				if (timeOfDay == 0 && remaining > nanosPerWorkingDay) {
					remaining -= nanosPerWorkingDay;
				}
				else {
					for (int i = 0; i < periodStarts.length; i++) {
						if (timeOfDay >= periodEnds[i]) {
							continue;
						}
						long from = Math.max(timeOfDay, periodStarts[i]);
						long available = periodEnds[i] - from;
						if (remaining <= available) {
							return at(day, from + remaining);
						}
						remaining -= available;
					}
				}
			}
			day++;
			timeOfDay = 0;
		}
	}

	private Instant at(long epochDay, long nanoOfDay) {
		return LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofNanoOfDay(nanoOfDay)).atZone(zone).toInstant();
	}
}
