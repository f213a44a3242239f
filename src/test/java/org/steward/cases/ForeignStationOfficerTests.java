package org.steward.cases;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.report;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

/** An officer of Guanhutun (no demo account exists, so the Accounts facade is replaced) meets a Yuantian case. */
@IntegrationTest
class ForeignStationOfficerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@MockitoBean
	Accounts accounts;

	@BeforeEach
	void signedInAtGuanhutun() {
		when(accounts.current()).thenReturn(Optional.of(new CurrentUser("officer.guanhutun1", "刘洋",
				Set.of(Role.OFFICER), new DataScope.Station("guanhutun"))));
	}

	@Test
	void cannotSeeOrActOnACaseOfAnotherStation() throws Exception {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, Instant.now()));
		var guanhutun = CaseTestSupport.as("officer.guanhutun1", Role.OFFICER);
		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(guanhutun))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:cases.refused.outsideScope"));
		mvc.perform(post("/api/v1/cases/{n}/acknowledge", c.caseNumber().value()).with(guanhutun)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cases").param("station", "yuantian").param("size", "200").with(guanhutun))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}
}
