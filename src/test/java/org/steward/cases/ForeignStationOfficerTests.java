package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.intake.TestPhotos;

/** An officer of Guanhutun (no demo account exists, so the Accounts facade is replaced) meets a Yuantian case. */
@IntegrationTest
class ForeignStationOfficerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void cannotArriveWithAPhotoAtACaseOfAnotherStationAndNothingIsStored() throws Exception {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, Instant.now()));
		String n = c.caseNumber().value();
		var guanhutun = CaseTestSupport.as("officer.guanhutun1", Role.OFFICER);

		mvc.perform(multipart("/cases/{n}/actions/arrive", n)
			.file(new MockMultipartFile("photos", "spot.jpg", "image/jpeg", TestPhotos.jpeg()))
			.param("lat", "34.7985")
			.param("lng", "113.6830")
			.with(guanhutun)
			.with(csrf())).andExpect(status().isForbidden());

		assertThat(jdbc.sql("select status from case_file where case_number = :n").param("n", n).query(String.class).single())
			.isEqualTo("DISPATCHED");
		assertThat(jdbc.sql("select count(*) from case_timeline t join case_file f on f.id = t.case_id "
				+ "where f.case_number = :n and t.action = 'ARRIVE'").param("n", n).query(Integer.class).single())
			.isZero();
	}
}
