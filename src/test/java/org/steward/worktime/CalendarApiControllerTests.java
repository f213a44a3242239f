package org.steward.worktime;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

@IntegrationTest
class CalendarApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void returnsTheSpecialDaysAndWorkingPeriodsOfAYear() throws Exception {
		mvc.perform(get("/api/v1/calendar/2026").with(jwt()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.days[?(@.date == '2026-02-14')].offDay").value(hasItem(false)))
			.andExpect(jsonPath("$.days[?(@.date == '2026-02-16')].offDay").value(hasItem(true)))
			.andExpect(jsonPath("$.days[?(@.date == '2026-02-16')].nameEn").value(hasItem("Spring Festival")))
			.andExpect(jsonPath("$.workingPeriods").isArray());
		mvc.perform(get("/api/v1/calendar/2027").with(jwt()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@Test
	void rejectsAYearOutsideTheCalendar() throws Exception {
		mvc.perform(get("/api/v1/calendar/99999").with(jwt()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void requiresAnAccount() throws Exception {
		mvc.perform(get("/api/v1/calendar/2026")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2026-02-13T16:00:00+08:00")
			.param("amount", "4").param("unit", "WORKING_HOURS"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void computesADeadlineAcrossTheSpringFestivalMakeUpDay() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").with(jwt()).param("start", "2026-02-13T16:00:00+08:00")
			.param("amount", "4").param("unit", "WORKING_HOURS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2026-02-13T16:00:00+08:00"))
			.andExpect(jsonPath("$.limit.amount").value(4))
			.andExpect(jsonPath("$.limit.unit").value("WORKING_HOURS"))
			.andExpect(jsonPath("$.deadline").value("2026-02-14T10:30:00+08:00"));
	}

	@Test
	void acceptsAnInstantAsTheStart() throws Exception {
		// 08:00Z is 16:00 in Shanghai; Sat 14 Feb 16:00-18:00 = 2 h ... see the shipped-calendar tests
		mvc.perform(get("/api/v1/calendar/deadline").with(jwt()).param("start", "2026-02-14T08:00:00Z")
			.param("amount", "8").param("unit", "WORKING_HOURS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2026-02-24T16:30:00+08:00"));
	}

	@Test
	void rejectsAnUnreadableStartNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").with(jwt()).param("start", "yesterday")
			.param("amount", "4").param("unit", "WORKING_HOURS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
	}

	@Test
	void rejectsANonPositiveAmountAndAnUnknownUnit() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").with(jwt()).param("start", "2026-02-13T16:00:00+08:00")
			.param("amount", "0").param("unit", "WORKING_HOURS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		mvc.perform(get("/api/v1/calendar/deadline").with(jwt()).param("start", "2026-02-13T16:00:00+08:00")
			.param("amount", "4").param("unit", "FORTNIGHTS"))
			.andExpect(status().isBadRequest());
	}
}
