package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.worktime.LimitUnit.NATURAL_HOURS;
import static org.steward.worktime.LimitUnit.NATURAL_MINUTES;
import static org.steward.worktime.LimitUnit.WORKING_DAYS;
import static org.steward.worktime.LimitUnit.WORKING_HOURS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The deadline rules on a hand-built calendar (the official 2025 National Day, New Year 2026
 * and Spring Festival 2026 arrangements), so a broken rule fails here whatever the database holds.
 * Every expected value is worked out by hand in the comment beside it.
 */
class WorkCalendarTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final WorkCalendar calendar = new WorkCalendar(officialDays(), WorkingHours.DEFAULT, SHANGHAI);

	@Test
	void countsWorkingHoursIntoAMakeUpSaturday() {
		// Fri 13 Feb 2026 16:00-18:00 = 2 h; Sat 14 Feb is a make-up working day: 08:30 + 2 h
		assertThat(deadline("2026-02-13T16:00", 4, WORKING_HOURS)).isEqualTo(at("2026-02-14T10:30"));
	}

	@Test
	void skipsTheWholeSpringFestivalWeek() {
		// Sat 14 Feb 16:00-18:00 = 2 h; 15-23 Feb off; Tue 24 Feb 08:30-12:00 = 3.5 h; 14:00 + 2.5 h
		assertThat(deadline("2026-02-14T16:00", 8, WORKING_HOURS)).isEqualTo(at("2026-02-24T16:30"));
	}

	@Test
	void aStartDuringTheHolidayBeginsOnTheFirstWorkingMorningAfterIt() {
		// Wed 18 Feb 2026 is 初二: counting starts Tue 24 Feb 08:30
		assertThat(deadline("2026-02-18T10:00", 1, WORKING_HOURS)).isEqualTo(at("2026-02-24T09:30"));
	}

	@Test
	void aStartAtNightBeginsAtTheNextMorning() {
		// Mon 3 Mar 2025 22:00 -> Tue 4 Mar 08:30 + 2 h
		assertThat(deadline("2025-03-03T22:00", 2, WORKING_HOURS)).isEqualTo(at("2025-03-04T10:30"));
		// before opening the same day
		assertThat(deadline("2025-03-04T06:15", 1, WORKING_HOURS)).isEqualTo(at("2025-03-04T09:30"));
	}

	@Test
	void aStartInTheLunchBreakBeginsAtTheAfternoonPeriod() {
		// Tue 4 Mar 2025 12:30 -> 14:00 + 1 h
		assertThat(deadline("2025-03-04T12:30", 1, WORKING_HOURS)).isEqualTo(at("2025-03-04T15:00"));
	}

	@Test
	void aStartAtTheWeekendBeginsOnMonday() {
		// Sat 8 Mar 2025 11:00 -> Mon 10 Mar 08:30 + 1 h
		assertThat(deadline("2025-03-08T11:00", 1, WORKING_HOURS)).isEqualTo(at("2025-03-10T09:30"));
	}

	@Test
	void workingHoursCarryOverTheLunchBreakAndTheNight() {
		// Mon 3 Mar 2025 11:00-12:00 = 1 h, 14:00-18:00 = 4 h, Tue 08:30 + 1 h
		assertThat(deadline("2025-03-03T11:00", 6, WORKING_HOURS)).isEqualTo(at("2025-03-04T09:30"));
	}

	@Test
	void aDeadlineExactlyAtTheEndOfAPeriodStaysThere() {
		assertThat(deadline("2025-03-03T14:00", 4, WORKING_HOURS)).isEqualTo(at("2025-03-03T18:00"));
		assertThat(deadline("2025-03-03T10:00", 2, WORKING_HOURS)).isEqualTo(at("2025-03-03T12:00"));
		// a whole working day from the first minute ends at that day's close, not the next morning
		assertThat(deadline("2025-03-03T08:30", 1, WORKING_DAYS)).isEqualTo(at("2025-03-03T18:00"));
	}

	@Test
	void keepsSecondsOfTheStart() {
		assertThat(deadline("2025-03-03T09:15:42", 1, WORKING_HOURS)).isEqualTo(at("2025-03-03T10:15:42"));
	}

	@Test
	void naturalTimeIgnoresHolidays() {
		// 30 Sep 2025 20:00 + 24 h crosses into the National Day holiday unaffected
		assertThat(deadline("2025-09-30T20:00", 24, NATURAL_HOURS)).isEqualTo(at("2025-10-01T20:00"));
		assertThat(deadline("2026-02-14T23:50", 30, NATURAL_MINUTES)).isEqualTo(at("2026-02-15T00:20"));
	}

	@Test
	void aWorkingDayIsTheSameTimeOfDayOnTheNextWorkingDay() {
		// Mon 3 Mar 2025 10:00 + 1 working day = Tue 10:00; + 5 = next Mon 10:00
		assertThat(deadline("2025-03-03T10:00", 1, WORKING_DAYS)).isEqualTo(at("2025-03-04T10:00"));
		assertThat(deadline("2025-03-03T10:00", 5, WORKING_DAYS)).isEqualTo(at("2025-03-10T10:00"));
		// a start in the afternoon keeps its time too: Fri 7 Mar 15:00 + 1 = Mon 10 Mar 15:00
		assertThat(deadline("2025-03-07T15:00", 1, WORKING_DAYS)).isEqualTo(at("2025-03-10T15:00"));
	}

	@Test
	void workingDaysSkipNationalDayAndCountTheMakeUpSaturday() {
		// Tue 30 Sep 2025; 1-8 Oct off; Thu 9, Fri 10, Sat 11 (make-up), Mon 13
		assertThat(deadline("2025-09-30T10:00", 1, WORKING_DAYS)).isEqualTo(at("2025-10-09T10:00"));
		assertThat(deadline("2025-09-30T10:00", 3, WORKING_DAYS)).isEqualTo(at("2025-10-11T10:00"));
		assertThat(deadline("2025-09-30T10:00", 4, WORKING_DAYS)).isEqualTo(at("2025-10-13T10:00"));
	}

	@Test
	void workingDaysCountTheMakeUpSundayBeforeNationalDay() {
		// Fri 26 Sep 2025 10:00 + 1 = Sun 28 Sep (make-up) 10:00, not Mon 29
		assertThat(deadline("2025-09-26T10:00", 1, WORKING_DAYS)).isEqualTo(at("2025-09-28T10:00"));
	}

	@Test
	void workingDaysAcrossNewYear2026CountTheMakeUpSunday() {
		// Wed 31 Dec 2025; 1-3 Jan 2026 off; Sun 4 Jan make-up; Mon 5 Jan
		assertThat(deadline("2025-12-31T10:00", 1, WORKING_DAYS)).isEqualTo(at("2026-01-04T10:00"));
		assertThat(deadline("2025-12-31T10:00", 2, WORKING_DAYS)).isEqualTo(at("2026-01-05T10:00"));
	}

	@Test
	void workingDaysFromOutsideWorkingHoursCountFromTheNextPeriodStart() {
		// Fri 7 Mar 2025 19:00 -> counting starts Mon 10 Mar 08:30; one working day ends Mon 18:00
		assertThat(deadline("2025-03-07T19:00", 1, WORKING_DAYS)).isEqualTo(at("2025-03-10T18:00"));
		// lunch break Tue 4 Mar 12:30 -> 14:00; Tue 14:00-18:00 + Wed 08:30-12:00 is one working day,
		// ending at the close of Wednesday morning (the same working instant as Wed 14:00)
		assertThat(deadline("2025-03-04T12:30", 1, WORKING_DAYS)).isEqualTo(at("2025-03-05T12:00"));
	}

	@Test
	void knowsWhichDaysAreWorked() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("make-up Saturday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Spring Festival Monday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("ordinary Saturday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).as("ordinary Sunday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).as("ordinary Monday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("make-up Sunday").isTrue();
	}

	@Test
	void followsTheConfiguredWorkingHours() {
		WorkCalendar shortDays = new WorkCalendar(List.of(),
				WorkingHours.of(List.of(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0)))), SHANGHAI);
		// Mon 3 Mar 2025 11:00-12:00 = 1 h, Tue 09:00 + 1 h; one working day is 3 hours
		assertThat(shortDays.deadline(at("2025-03-03T11:00"), TimeLimit.of(2, WORKING_HOURS))).isEqualTo(at("2025-03-04T10:00"));
		assertThat(shortDays.deadline(at("2025-03-03T11:00"), TimeLimit.of(1, WORKING_DAYS))).isEqualTo(at("2025-03-04T11:00"));
	}

	Instant deadline(String localStart, int amount, LimitUnit unit) {
		return calendar.deadline(at(localStart), TimeLimit.of(amount, unit));
	}

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	/** The official arrangements these tests cross, entered as the State Council published them. */
	static List<CalendarDay> officialDays() {
		List<CalendarDay> days = new ArrayList<>();
		makeUp(days, "2025-09-28");
		holidays(days, "2025-10-01", "2025-10-08");
		makeUp(days, "2025-10-11");
		holidays(days, "2026-01-01", "2026-01-03");
		makeUp(days, "2026-01-04");
		makeUp(days, "2026-02-14");
		holidays(days, "2026-02-15", "2026-02-23");
		makeUp(days, "2026-02-28");
		return days;
	}

	private static void holidays(List<CalendarDay> days, String from, String to) {
		for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
			days.add(new CalendarDay(d, DayKind.HOLIDAY, "假日", "Holiday", CalendarSource.STATE_COUNCIL));
		}
	}

	private static void makeUp(List<CalendarDay> days, String date) {
		days.add(new CalendarDay(LocalDate.parse(date), DayKind.MAKE_UP_WORKDAY, "调休上班", "Make-up working day",
				CalendarSource.STATE_COUNCIL));
	}
}
