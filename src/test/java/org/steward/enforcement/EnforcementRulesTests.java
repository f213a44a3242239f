package org.steward.enforcement;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/** The exemption list and the discretion benchmark are data only an administrator changes. */
@IntegrationTest
class EnforcementRulesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void seedsTheExemptionListAndLetsOnlyAnAdminEditIt() throws Exception {
		mvc.perform(get("/api/v1/enforcement/exemptions").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.categoryCode == '0503')]").isNotEmpty());
		mvc.perform(put("/api/v1/enforcement/exemptions/0501").with(user("officer.yuantian1").roles("OFFICER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/enforcement/exemptions/0501").with(user("admin").roles("ADMIN"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(put("/api/v1/enforcement/benchmarks").with(user("admin").roles("ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryCode\":\"0503\",\"severity\":\"SERIOUS\",\"minAmount\":500,\"maxAmount\":100,\"legalBasis\":\"x\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("maxAmount"));
		mvc.perform(get("/api/v1/enforcement/benchmarks").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.categoryCode == '0503' && @.severity == 'GENERAL')].maxAmount").isNotEmpty());
	}
}
