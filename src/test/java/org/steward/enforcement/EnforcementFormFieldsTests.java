package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/**
 * The enforcement and parties forms are drawn by the shared form-field fragment: every control has
 * its label, a bad field is marked invalid and names its error (and its hint) for screen readers,
 * and a refused form keeps what was chosen. Nothing is saved.
 */
@IntegrationTest
class EnforcementFormFieldsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theBenchmarkFormTiesLabelsAndErrorsToItsControlsAndKeepsTheChoices() throws Exception {
		MockHttpSession admin = signIn("admin");
		String page = mvc.perform(post("/admin/enforcement/benchmarks").session(admin).with(csrf())
			.param("categoryCode", "0504").param("severity", "SERIOUS").param("minAmount", "-5").param("maxAmount", "200")
			.param("legalBasis", "《郑州市城市市容和环境卫生管理条例》"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<label class=\"form-label\" for=\"minAmount\">")
			.containsPattern("id=\"minAmount\"[^>]*aria-describedby=\"minAmount-error\" aria-invalid=\"true\"")
			.contains("id=\"minAmount-error\">金额不能为负数")
			.containsPattern("<option value=\"0504\" selected=\"selected\">0504 \\S+")
			.containsPattern("<option value=\"SERIOUS\" selected=\"selected\">")
			.containsPattern("id=\"maxAmount\"[^>]*value=\"200\"")
			.doesNotContain("id=\"maxAmount-error\"");

		String exemptions = mvc.perform(get("/admin/enforcement/exemptions").session(admin))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(exemptions).contains("<label class=\"form-label\" for=\"note\">")
			.containsPattern("<textarea[^>]*id=\"note\"[^>]*aria-describedby=\"note-hint\"")
			.contains("id=\"note-hint\"");
	}

	@Test
	void thePartyFormNamesTheBadFieldAndKeepsTheType() throws Exception {
		String page = mvc.perform(post("/parties").session(signIn("officer.yuantian1")).with(csrf())
			.param("type", "PROPERTY_MANAGEMENT").param("name", "").param("address", "园田路 1 号"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("id=\"name\"[^>]*aria-describedby=\"name-error\" aria-invalid=\"true\"")
			.contains("id=\"name-error\">")
			.contains("<label class=\"form-label\" for=\"creditCode\">")
			.containsPattern("<option value=\"PROPERTY_MANAGEMENT\" selected=\"selected\">")
			.containsPattern("id=\"address\"[^>]*value=\"园田路 1 号\"");
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("steward-demo"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getRequest().getSession(false);
	}
}
