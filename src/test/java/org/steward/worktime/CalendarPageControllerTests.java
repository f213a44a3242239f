package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;

/**
 * The administrator's calendar page. Each test owns a year in the 2090s and clears it first,
 * so the tests neither meet each other nor the shipped calendar, and a rerun on the same
 * database starts clean.
 */
@IntegrationTest
class CalendarPageControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	WorkingTime workingTime;

	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	@Test
	void showsTheYearWithTheNoteThatTheProvisional2027ArrangementMustBeEntered() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2027").param("lang", "en").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"provisional\"")))
			.andExpect(content().string(containsString("When the State Council publishes the 2027 holiday arrangement")))
			.andExpect(content().string(containsString("2027-02-05")));
		mvc.perform(get("/admin/calendar").param("year", "2026").param("lang", "en").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"provisional\""))))
			.andExpect(content().string(containsString("id=\"day-2026-02-14\"")))
			.andExpect(content().string(containsString("Make-up working day")));
	}

	@Test
	void showsThePageInChineseByDefault() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2026").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作日历")))
			.andExpect(content().string(containsString("调休上班")));
	}

	@Test
	void addsAHolidayThatDeadlinesUseAtOnceAndRejectsTheSameDateTwice() throws Exception {
		clear(2091);
		// Wed 7 Mar 2091 becomes a holiday
		mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf())
			.param("date", "2091-03-07").param("kind", "HOLIDAY").param("nameZh", "测试假日").param("nameEn", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar?year=2091"));

		assertThat(workingTime.isWorkingDay(LocalDate.of(2091, 3, 7))).isFalse();
		// Tue 6 Mar 17:00-18:00 = 1 h; Wed off; Thu 8 Mar 08:30 + 1 h
		assertThat(workingTime.deadline(shanghai("2091-03-06T17:00"), TimeLimit.of(2, LimitUnit.WORKING_HOURS)))
			.isEqualTo(shanghai("2091-03-08T09:30"));
		assertThat(administration.day(LocalDate.of(2091, 3, 7))).get()
			.satisfies(day -> {
				assertThat(day.nameEn()).isEqualTo("测试假日");
				assertThat(day.source()).isEqualTo(CalendarSource.ADMIN);
			});

		mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf()).param("lang", "en")
			.param("date", "2091-03-07").param("kind", "HOLIDAY").param("nameZh", "又一个"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"date-error\"")))
			.andExpect(content().string(containsString("2091-03-07 already has an entry")));
		assertThat(administration.day(LocalDate.of(2091, 3, 7))).get()
			.extracting(CalendarDay::nameZh)
			.isEqualTo("测试假日");
	}

	@Test
	void editsAndDeletesADay() throws Exception {
		clear(2092);
		LocalDate saturday = LocalDate.of(2092, 3, 1);
		administration.add(new CalendarDay(saturday, DayKind.HOLIDAY, "测试", "Test", CalendarSource.ADMIN));

		mvc.perform(get("/admin/calendar").param("year", "2092").param("edit", "2092-03-01").param("lang", "en").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit 2092-03-01")))
			.andExpect(content().string(containsString("action=\"/admin/calendar/days/2092-03-01\"")));

		mvc.perform(post("/admin/calendar/days/2092-03-01").with(admin()).with(csrf())
			.param("kind", "MAKE_UP_WORKDAY").param("nameZh", "测试调休").param("nameEn", "Test make-up"))
			.andExpect(redirectedUrl("/admin/calendar?year=2092"));
		assertThat(workingTime.isWorkingDay(saturday)).isTrue();
		assertThat(administration.day(saturday)).get().extracting(CalendarDay::nameEn).isEqualTo("Test make-up");

		mvc.perform(post("/admin/calendar/days/2092-03-01/delete").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar?year=2092"));
		assertThat(administration.day(saturday)).isEmpty();
		assertThat(workingTime.isWorkingDay(saturday)).as("an ordinary Saturday again").isFalse();
	}

	@Test
	void rejectsAMakeUpWorkingDayOnAWeekdayBesideTheTypeField() throws Exception {
		clear(2093);
		// Tue 3 Mar 2093
		mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf()).param("lang", "en")
			.param("date", "2093-03-03").param("kind", "MAKE_UP_WORKDAY").param("nameZh", "调休"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"kind-error\"")))
			.andExpect(content().string(containsString("only a Saturday or Sunday can be a make-up working day")));
		assertThat(administration.daysOf(2093)).isEmpty();
	}

	@Test
	void rejectsAnInvalidDateAndAMissingNameBesideTheirFields() throws Exception {
		mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf()).param("lang", "en")
			.param("date", "2093-02-30").param("kind", "HOLIDAY").param("nameZh", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"date-error\"")))
			.andExpect(content().string(containsString("&quot;2093-02-30&quot; is not a date of the form yyyy-mm-dd.")))
			.andExpect(content().string(containsString("id=\"nameZh-error\"")))
			.andExpect(content().string(containsString("Enter a name.")));
	}

	@Test
	void rejectsOverlappingWorkingPeriodsAndKeepsTheHours() throws Exception {
		WorkingHours before = administration.hours();
		mvc.perform(post("/admin/calendar/hours").with(admin()).with(csrf()).param("lang", "en")
			.param("periods[0].start", "08:30").param("periods[0].end", "12:00")
			.param("periods[1].start", "").param("periods[1].end", "")
			.param("periods[2].start", "11:00").param("periods[2].end", "13:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"periods2-start-error\"")))
			.andExpect(content().string(containsString("This period overlaps the period 08:30–12:00.")))
			// empty rows are offered again, so a period can still be added without retyping
			.andExpect(content().string(containsString("name=\"periods[4].start\"")));
		assertThat(administration.hours()).isEqualTo(before);
	}

	@Test
	void rejectsAWorkingPeriodThatEndsBeforeItStarts() throws Exception {
		WorkingHours before = administration.hours();
		mvc.perform(post("/admin/calendar/hours").with(admin()).with(csrf()).param("lang", "en")
			.param("periods[0].start", "14:00").param("periods[0].end", "12:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"periods0-end-error\"")))
			.andExpect(content().string(containsString("The end (12:00) must be after the start (14:00).")));
		assertThat(administration.hours()).isEqualTo(before);
	}

	@Test
	void rejectsRemovingEveryWorkingPeriod() throws Exception {
		WorkingHours before = administration.hours();
		mvc.perform(post("/admin/calendar/hours").with(admin()).with(csrf()).param("lang", "en")
			.param("periods[0].start", "").param("periods[0].end", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"hours-error\"")))
			.andExpect(content().string(containsString("Keep at least one working period.")));
		assertThat(administration.hours()).isEqualTo(before);
	}

	@Test
	void savesWorkingHoursThatDeadlinesUseAtOnce() throws Exception {
		WorkingHours before = administration.hours();
		try {
			mvc.perform(post("/admin/calendar/hours").with(admin()).with(csrf()).param("year", "2094")
				.param("periods[0].start", "13:00").param("periods[0].end", "17:00")
				.param("periods[1].start", "09:00").param("periods[1].end", "12:00"))
				.andExpect(redirectedUrl("/admin/calendar?year=2094"));
			// Mon 1 Mar 2094 16:00-17:00 = 1 h; Tue 2 Mar 09:00 + 1 h
			assertThat(workingTime.deadline(shanghai("2094-03-01T16:00"), TimeLimit.of(2, LimitUnit.WORKING_HOURS)))
				.isEqualTo(shanghai("2094-03-02T10:00"));
		}
		finally {
			administration.replaceHours(before);
		}
		assertThat(workingTime.deadline(shanghai("2094-03-01T16:00"), TimeLimit.of(2, LimitUnit.WORKING_HOURS)))
			.as("back to the hours before the test")
			.isEqualTo(workingTimeWith(before).deadline(shanghai("2094-03-01T16:00"), TimeLimit.of(2, LimitUnit.WORKING_HOURS)));
	}

	@Test
	void forbidsAnyoneButAnAdministrator() throws Exception {
		mvc.perform(get("/admin/calendar").with(user("officer.test").roles("OFFICER")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/days").with(user("command.test").roles("COMMAND_CENTRE")).with(csrf())
			.param("date", "2093-03-07").param("kind", "HOLIDAY").param("nameZh", "不该"))
			.andExpect(status().isForbidden());
		assertThat(administration.day(LocalDate.of(2093, 3, 7))).isEmpty();
		mvc.perform(get("/admin/calendar")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void importsAHolidayCnFileReplacingThatYearsEntries() throws Exception {
		clear(2094);
		// Tue 2 Mar 2094 entered by hand before the import
		administration.add(new CalendarDay(LocalDate.of(2094, 3, 2), DayKind.HOLIDAY, "旧", "Old", CalendarSource.ADMIN));
		String json = """
				{"year":2094,"days":[
				 {"name":"清明节","date":"2094-03-03","isOffDay":true},
				 {"name":"清明节","date":"2094-03-06","isOffDay":false}]}""";

		mvc.perform(upload(json).param("year", "2094"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar?year=2094"));

		assertThat(administration.daysOf(2094)).containsExactly(
				new CalendarDay(LocalDate.of(2094, 3, 3), DayKind.HOLIDAY, "清明节", "Qingming Festival", CalendarSource.IMPORT),
				new CalendarDay(LocalDate.of(2094, 3, 6), DayKind.MAKE_UP_WORKDAY, "清明节", "Qingming Festival",
						CalendarSource.IMPORT));
		assertThat(workingTime.isWorkingDay(LocalDate.of(2094, 3, 2))).as("the old entry is gone").isTrue();
		assertThat(workingTime.isWorkingDay(LocalDate.of(2094, 3, 6))).as("imported make-up Saturday").isTrue();
	}

	@Test
	void rejectsAMalformedFileAndKeepsNothingOfIt() throws Exception {
		clear(2096);
		CalendarDay kept = new CalendarDay(LocalDate.of(2096, 3, 5), DayKind.HOLIDAY, "保留", "Kept", CalendarSource.ADMIN);
		administration.add(kept);
		// the first entry is fine, the second is not a date: nothing of the file may be kept
		String json = """
				{"year":2096,"days":[
				 {"name":"元旦","date":"2096-01-02","isOffDay":true},
				 {"name":"元旦","date":"2096-01-32","isOffDay":true}]}""";

		mvc.perform(upload(json).param("year", "2096").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"import-error\"")))
			.andExpect(content().string(containsString("Entry 2: &quot;2096-01-32&quot; is not a date of the form yyyy-mm-dd. Nothing was imported.")));
		assertThat(administration.daysOf(2096)).containsExactly(kept);

		mvc.perform(upload("this is not json").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is not valid JSON. Nothing was imported.")));
		assertThat(administration.daysOf(2096)).containsExactly(kept);
		assertThat(workingTime.isWorkingDay(LocalDate.of(2096, 1, 2))).isTrue();
	}

	private MockMultipartHttpServletRequestBuilder upload(String json) {
		MockMultipartFile file = new MockMultipartFile("file", "holidays.json", "application/json",
				json.getBytes(StandardCharsets.UTF_8));
		return multipart("/admin/calendar/import").file(file).with(admin()).with(csrf());
	}

	private void clear(int year) {
		administration.importYear(new HolidayCnFile(year, List.of()));
	}

	private static Instant shanghai(String local) {
		return OffsetDateTime.parse(local + ":00+08:00").toInstant();
	}

	private static WorkCalendar workingTimeWith(WorkingHours hours) {
		return new WorkCalendar(List.of(), hours, java.time.ZoneId.of("Asia/Shanghai"));
	}
}
