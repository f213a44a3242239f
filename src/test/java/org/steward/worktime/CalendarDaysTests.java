package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.IntegrationTest;

/** Round trips through the calendar tables; year 2095 belongs to this test alone. */
@IntegrationTest
class CalendarDaysTests {

	static final int YEAR = 2095;

	@Autowired
	CalendarDays days;

	@Autowired
	WorkingPeriods periods;

	@Autowired
	CalendarWorkingTime workingTime;

	@Test
	void storesReadsChangesAndDeletesSpecialDays() {
		days.deleteYear(YEAR);
		CalendarDay holiday = new CalendarDay(LocalDate.of(YEAR, 3, 2), DayKind.HOLIDAY, "测试假日", "Test holiday",
				CalendarSource.ADMIN);
		CalendarDay makeUp = new CalendarDay(LocalDate.of(YEAR, 3, 5), DayKind.MAKE_UP_WORKDAY, "测试调休", "Test make-up",
				CalendarSource.IMPORT);
		days.insert(holiday);
		days.insert(makeUp);

		assertThat(days.byDate(holiday.date())).contains(holiday);
		assertThat(days.ofYear(YEAR)).containsExactly(holiday, makeUp);

		CalendarDay renamed = new CalendarDay(holiday.date(), DayKind.HOLIDAY, "改名", "Renamed", CalendarSource.ADMIN);
		assertThat(days.update(renamed)).isTrue();
		assertThat(days.byDate(holiday.date())).contains(renamed);

		assertThat(days.delete(makeUp.date())).isTrue();
		assertThat(days.delete(makeUp.date())).isFalse();
		assertThat(days.ofYear(YEAR)).containsExactly(renamed);

		days.deleteYear(YEAR);
		assertThat(days.ofYear(YEAR)).isEmpty();
	}

	@Test
	void storesWorkingPeriods() {
		WorkingHours before = periods.current();
		try {
			WorkingHours shorter = WorkingHours.of(List.of(new WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(17, 0)),
					new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(11, 45))));
			periods.replace(shorter);
			assertThat(periods.current()).isEqualTo(shorter);
			assertThat(periods.current().periods().getFirst().start()).isEqualTo(LocalTime.of(9, 0));
		}
		finally {
			periods.replace(before);
			// a scheduled refresh may have caught the test's hours; put the real ones back in memory
			workingTime.refresh();
		}
	}
}
