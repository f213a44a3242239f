package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingHoursTests {

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> new WorkingPeriod(LocalTime.of(14, 0), LocalTime.of(12, 0)))
			.isInstanceOfSatisfying(CalendarRejection.class,
					r -> assertThat(r.code()).isEqualTo("worktime.hours.error.endNotAfterStart"));
		assertThatThrownBy(() -> new WorkingPeriod(LocalTime.of(14, 0), LocalTime.of(14, 0)))
			.isInstanceOf(CalendarRejection.class);
	}

	@Test
	void rejectsOverlappingPeriodsNamingTheLaterOne() {
		assertThatThrownBy(() -> WorkingHours.of(List.of(period("08:30", "12:00"), period("14:00", "18:00"),
				period("11:00", "13:00"))))
			.isInstanceOfSatisfying(CalendarRejection.class, r -> {
				assertThat(r.code()).isEqualTo("worktime.hours.error.overlap");
				assertThat(r.index()).isEqualTo(2);
			});
	}

	@Test
	void acceptsAdjoiningPeriodsAndSortsThem() {
		WorkingHours hours = WorkingHours.of(List.of(period("14:00", "18:00"), period("12:00", "14:00")));
		assertThat(hours.periods()).containsExactly(period("12:00", "14:00"), period("14:00", "18:00"));
		assertThat(hours.perDay()).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void rejectsHoursWithoutAnyPeriod() {
		assertThatThrownBy(() -> WorkingHours.of(List.of()))
			.isInstanceOfSatisfying(CalendarRejection.class, r -> assertThat(r.code()).isEqualTo("worktime.hours.error.none"));
	}

	@Test
	void theDefaultDayIsSevenAndAHalfHours() {
		assertThat(WorkingHours.DEFAULT.perDay()).isEqualTo(Duration.ofMinutes(450));
	}

	@Test
	void rejectsAMakeUpWorkingDayOnAWeekday() {
		assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2026, 3, 4), DayKind.MAKE_UP_WORKDAY, "调休", null,
				CalendarSource.ADMIN))
			.isInstanceOfSatisfying(CalendarRejection.class, r -> assertThat(r.field()).isEqualTo("kind"));
	}

	@Test
	void anEnglishNameDefaultsToTheChineseOne() {
		CalendarDay day = new CalendarDay(LocalDate.of(2026, 3, 4), DayKind.HOLIDAY, " 测试 ", " ", CalendarSource.ADMIN);
		assertThat(day.nameEn()).isEqualTo("测试");
		assertThat(day.nameZh()).isEqualTo("测试");
	}

	static WorkingPeriod period(String start, String end) {
		return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
	}
}
