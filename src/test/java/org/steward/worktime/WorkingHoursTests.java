package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.refusal.Refusal;

class WorkingHoursTests {

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> new WorkingPeriod(LocalTime.of(14, 0), LocalTime.of(12, 0)))
			.isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.fields().get(0).code()).isEqualTo("worktime.refused.endNotAfterStart"));
		assertThatThrownBy(() -> new WorkingPeriod(LocalTime.of(14, 0), LocalTime.of(14, 0)))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void rejectsOverlappingPeriodsNamingTheLaterOne() {
		assertThatThrownBy(() -> WorkingHours.of(List.of(period("08:30", "12:00"), period("14:00", "18:00"),
				period("11:00", "13:00"))))
			.isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.fields().get(0).code()).isEqualTo("worktime.refused.overlap");
				assertThat(r.properties()).containsEntry(CalendarRefusals.PERIOD, 2);
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
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).code()).isEqualTo("worktime.refused.noPeriods"));
	}

	@Test
	void theDefaultDayIsSevenAndAHalfHours() {
		assertThat(WorkingHours.DEFAULT.perDay()).isEqualTo(Duration.ofMinutes(450));
	}

	@Test
	void rejectsAMakeUpWorkingDayOnAWeekday() {
		assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2026, 3, 4), DayKind.MAKE_UP_WORKDAY, "调休", null,
				CalendarSource.ADMIN))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).field()).isEqualTo("kind"));
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
