package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.IntegrationTest;

/**
 * The calendar as shipped by the migrations, read through the {@link WorkingTime} bean other
 * modules use: a wrong date in the data or a broken rule fails here.
 */
@IntegrationTest
class ShippedCalendarTests {

	@Autowired
	WorkingTime workingTime;

	@Autowired
	CalendarDays days;

	@Test
	void springFestival2026MakeUpSaturdayIsWorked() {
		// Fri 13 Feb 16:00-18:00 = 2 h; Sat 14 Feb (make-up) 08:30 + 2 h
		assertThat(deadline("2026-02-13T16:00:00+08:00", 4, LimitUnit.WORKING_HOURS))
			.isEqualTo(Instant.parse("2026-02-14T02:30:00Z"));
	}

	@Test
	void springFestival2026HolidayIsSkipped() {
		// Sat 14 Feb 16:00-18:00 = 2 h; 15-23 Feb off; Tue 24 Feb 08:30-12:00 = 3.5 h; 14:00 + 2.5 h
		assertThat(deadline("2026-02-14T16:00:00+08:00", 8, LimitUnit.WORKING_HOURS))
			.isEqualTo(Instant.parse("2026-02-24T08:30:00Z"));
	}

	@Test
	void nationalDay2025IsSkippedAndTheMakeUpSaturdayCounts() {
		// Tue 30 Sep; 1-8 Oct off; Thu 9, Fri 10, Sat 11 (make-up), Mon 13
		assertThat(deadline("2025-09-30T10:00:00+08:00", 1, LimitUnit.WORKING_DAYS))
			.isEqualTo(Instant.parse("2025-10-09T02:00:00Z"));
		assertThat(deadline("2025-09-30T10:00:00+08:00", 3, LimitUnit.WORKING_DAYS))
			.isEqualTo(Instant.parse("2025-10-11T02:00:00Z"));
		assertThat(deadline("2025-09-30T10:00:00+08:00", 4, LimitUnit.WORKING_DAYS))
			.isEqualTo(Instant.parse("2025-10-13T02:00:00Z"));
	}

	@Test
	void newYear2026CountsTheMakeUpSunday() {
		// Wed 31 Dec 2025; 1-3 Jan off; Sun 4 Jan make-up; Mon 5 Jan
		assertThat(deadline("2025-12-31T10:00:00+08:00", 1, LimitUnit.WORKING_DAYS))
			.isEqualTo(Instant.parse("2026-01-04T02:00:00Z"));
		assertThat(deadline("2025-12-31T10:00:00+08:00", 2, LimitUnit.WORKING_DAYS))
			.isEqualTo(Instant.parse("2026-01-05T02:00:00Z"));
	}

	@Test
	void naturalHoursIgnoreTheHoliday() {
		assertThat(deadline("2025-09-30T20:00:00+08:00", 24, LimitUnit.NATURAL_HOURS))
			.isEqualTo(Instant.parse("2025-10-01T12:00:00Z"));
	}

	@Test
	void knowsTheOfficialDaysOf2025And2026() {
		assertThat(workingTime.isWorkingDay(LocalDate.of(2025, 1, 26))).as("2025 Spring Festival make-up Sunday").isTrue();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2025, 2, 4))).as("2025 Spring Festival").isFalse();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2025, 4, 27))).as("2025 Labour Day make-up Sunday").isTrue();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2025, 6, 2))).as("2025 Dragon Boat Monday").isFalse();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2026, 2, 23))).as("2026 Spring Festival last day").isFalse();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2026, 2, 28))).as("2026 make-up Saturday").isTrue();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2026, 5, 9))).as("2026 Labour Day make-up Saturday").isTrue();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2026, 9, 20))).as("2026 National Day make-up Sunday").isTrue();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2026, 10, 7))).as("2026 National Day").isFalse();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2026, 10, 10))).as("2026 make-up Saturday").isTrue();
	}

	@Test
	void ships2027StatutoryDatesAsProvisional() {
		assertThat(workingTime.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Spring Festival 2027, a Monday").isFalse();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2027, 9, 15))).as("Mid-Autumn 2027, a Wednesday").isFalse();
		assertThat(days.byDate(LocalDate.of(2027, 10, 1))).get()
			.extracting(CalendarDay::source)
			.isEqualTo(CalendarSource.PROVISIONAL);
		assertThat(days.ofYear(2027)).extracting(CalendarDay::date)
			.contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 4, 5),
					LocalDate.of(2027, 5, 2), LocalDate.of(2027, 6, 9), LocalDate.of(2027, 10, 3));
	}

	Instant deadline(String start, int amount, LimitUnit unit) {
		return workingTime.deadline(OffsetDateTime.parse(start).toInstant(), TimeLimit.of(amount, unit));
	}
}
