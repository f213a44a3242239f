package org.steward.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/** The navbar offers only pages the role may open; residents find the report and the disclosure. */
@IntegrationTest
class NavigationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDepartmentLiaisonIsNotOfferedTheLiveBoardItCannotOpen() throws Exception {
		mvc.perform(get("/").with(user("liaison.public_security").roles("DEPARTMENT_LIAISON")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/boards\""))))
			.andExpect(content().string(containsString("href=\"/coordination/tasks\"")));
		mvc.perform(get("/").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(content().string(containsString("href=\"/boards\"")))
			.andExpect(content().string(not(containsString("href=\"/admin/accounts\""))));
	}

	@Test
	void theAnonymousHomePageCallsResidentsToReportAndLinksTheDisclosure() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"home-report\" href=\"/report\"")))
			.andExpect(content().string(containsString(">我要反映</a>")))
			.andExpect(content().string(containsString("href=\"/disclosure\"")));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString(">Report a problem</a>")))
			.andExpect(content().string(containsString(">Enforcement disclosure</a>")));
	}

	@Test
	void adminPagesSitInTheMoreMenuAndTheLanguageSwitchOffersTheOtherLanguage() throws Exception {
		mvc.perform(get("/").param("lang", "en").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("id=\"nav-more\"")))
			.andExpect(content().string(containsString("href=\"/admin/accounts\"")))
			.andExpect(content().string(containsString("id=\"lang-zh\"")))
			.andExpect(content().string(not(containsString("id=\"lang-en\""))));
	}

	@Test
	void everyPageHasAFaviconAndTheApiDocumentationItsName() throws Exception {
		mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/x-icon"));
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("rel=\"icon\" href=\"/favicon.ico\"")));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Steward API"));
	}
}
