package org.steward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.ApiCaller;
import org.steward.IntegrationTest;

/**
 * What an operator exposes: actuator endpoints other than health for administrators only (Prometheus
 * included, with an administrator's session or bearer token), the security headers on every page, and
 * no session for an anonymous visitor reading pages.
 */
@IntegrationTest
class OperationsSecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void actuatorEndpointsOtherThanHealthAreForAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		for (String endpoint : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/modulith",
				"/actuator/info" }) {
			mvc.perform(get(endpoint)).andExpect(status().isUnauthorized());
			mvc.perform(get(endpoint).with(user("command").roles("COMMAND_CENTRE"))).andExpect(status().isForbidden());
			mvc.perform(get(endpoint).with(user("officer.yuantian1").roles("OFFICER"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		// a scrape job with an administrator's bearer token
		String token = ApiCaller.tokenOf(mvc, "admin");
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		String officer = ApiCaller.tokenOf(mvc, "officer.yuantian1");
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + officer))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyPageCarriesAContentSecurityPolicyWithoutInlineScriptAndTheOtherSecurityHeaders() throws Exception {
		for (String page : new String[] { "/", "/report", "/map", "/disclosure", "/login" }) {
			mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
				.andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-eval"))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", Matchers.containsString("geolocation=(self)")));
		}
	}

	@Test
	void anAnonymousVisitorReadingPagesGetsNoSession() throws Exception {
		for (String page : new String[] { "/", "/map", "/disclosure", "/track" }) {
			MvcResult result = mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
			assertThat(result.getRequest().getSession(false)).as(page).isNull();
			assertThat(result.getResponse().getContentAsString()).as(page).doesNotContain("name=\"_csrf\"");
		}
	}
}
