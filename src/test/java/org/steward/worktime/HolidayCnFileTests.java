package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.steward.refusal.Refusal;

class HolidayCnFileTests {

	@Test
	void readsHolidaysAndMakeUpDaysOfAYear() {
		HolidayCnFile file = parse("""
				{"year":2026,"papers":["https://www.gov.cn/..."],"days":[
				 {"name":"元旦","date":"2026-01-01","isOffDay":true},
				 {"name":"元旦","date":"2026-01-04","isOffDay":false}]}""");
		assertThat(file.year()).isEqualTo(2026);
		assertThat(file.days()).containsExactly(
				new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "元旦", "New Year's Day", CalendarSource.IMPORT),
				new CalendarDay(LocalDate.of(2026, 1, 4), DayKind.MAKE_UP_WORKDAY, "元旦", "New Year's Day",
						CalendarSource.IMPORT));
	}

	@Test
	void acceptsDecemberOfThePreviousYear() {
		HolidayCnFile file = parse("""
				{"year":2018,"days":[{"name":"元旦","date":"2017-12-30","isOffDay":true}]}""");
		assertThat(file.days()).extracting(CalendarDay::date).containsExactly(LocalDate.of(2017, 12, 30));
	}

	@Test
	void rejectsMalformedFilesWithAReason() {
		assertRejected("", "worktime.refused.import.empty");
		assertRejected("{\"year\":2026,\"days\":[", "worktime.refused.import.notJson");
		assertRejected("[1,2]", "worktime.refused.import.shape");
		assertRejected("{\"year\":2026}", "worktime.refused.import.shape");
		assertRejected("{\"year\":\"2026\",\"days\":[]}", "worktime.refused.import.year");
		assertRejected("{\"year\":2026,\"days\":[{\"name\":\"元旦\",\"date\":\"2026-01-01\"}]}",
				"worktime.refused.import.entryShape");
		assertRejected("{\"year\":2026,\"days\":[{\"name\":\"元旦\",\"date\":\"2026-13-01\",\"isOffDay\":true}]}",
				"worktime.refused.import.entryDate");
		assertRejected("{\"year\":2026,\"days\":[{\"name\":\"国庆\",\"date\":\"2025-10-01\",\"isOffDay\":true}]}",
				"worktime.refused.import.entryYear");
		assertRejected("""
				{"year":2026,"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true},
				 {"name":"元旦","date":"2026-01-01","isOffDay":true}]}""", "worktime.refused.import.entryDuplicate");
		assertRejected("{\"year\":2026,\"days\":[{\"name\":\"调休\",\"date\":\"2026-03-04\",\"isOffDay\":false}]}",
				"worktime.refused.import.entryMakeUpOnWeekday");
		assertRejected("{\"year\":2026,\"days\":[{\"name\":\" \",\"date\":\"2026-03-04\",\"isOffDay\":true}]}",
				"worktime.refused.import.entryNameRequired");
	}

	private static void assertRejected(String json, String code) {
		assertThatThrownBy(() -> parse(json)).as(json)
			.isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.fields().get(0).code()).isEqualTo(code);
				assertThat(r.fields().get(0).field()).isEqualTo("file");
			});
	}

	private static HolidayCnFile parse(String json) {
		return HolidayCnFile.parse(json.getBytes(StandardCharsets.UTF_8));
	}
}
