package org.steward.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.tokenOf;
import static org.steward.PageVisitor.sessionOf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/** Controllers take the signed-in account as a {@link CurrentUser} parameter, through a page session or a bearer token. */
@IntegrationTest
class CurrentUserArgumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Test
	void theHomePageIsOpenToAnonymousVisitorsAndShowsASignedInAccountsShortcuts() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(model().attributeDoesNotExist("user", "shortcuts"));

		Account officer = IdentityTestAccounts.open(administration, "arg-home", Role.OFFICER,
				new DataScope.Station("yuantian"));
		MockHttpSession session = sessionOf(mvc, officer.username(), IdentityTestAccounts.PASSWORD);
		mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(model().attribute("user", officer.toCurrentUser()))
			.andExpect(model().attributeExists("shortcuts"));
	}

	@Test
	void aPageSessionReachesAControllerThatNeedsAnAccount() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "arg-page", Role.OFFICER,
				new DataScope.Station("yuantian"));
		MockHttpSession session = sessionOf(mvc, officer.username(), IdentityTestAccounts.PASSWORD);

		mvc.perform(get("/my/tasks").session(session)).andExpect(status().isOk());
	}

	@Test
	void aSessionWhoseAccountWasDisabledSinceIsAnswered401() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "arg-gone", Role.OFFICER,
				new DataScope.Station("yuantian"));
		MockHttpSession session = sessionOf(mvc, officer.username(), IdentityTestAccounts.PASSWORD);
		administration.disable(officer.username(), "admin");

		mvc.perform(get("/my/tasks").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void aBearerTokenReachesAnApiControllerThatNeedsAnAccount() throws Exception {
		Account head = IdentityTestAccounts.open(administration, "arg-api", Role.STATION_HEAD,
				new DataScope.Station("yuantian"));
		String token = tokenOf(mvc, head.username(), IdentityTestAccounts.PASSWORD);

		mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void theApiDocumentationListsNoCurrentUserParameter() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/cases")))
			.andExpect(content().string(not(containsString("CurrentUser"))));
	}
}
