package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

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
		MockHttpSession session = signIn(officer);
		mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(model().attribute("user", officer.toCurrentUser()))
			.andExpect(model().attributeExists("shortcuts"));
	}

	@Test
	void aPageSessionReachesAControllerThatNeedsAnAccount() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "arg-page", Role.OFFICER,
				new DataScope.Station("yuantian"));
		MockHttpSession session = signIn(officer);

		mvc.perform(get("/my/tasks").session(session)).andExpect(status().isOk());
	}

	@Test
	void aSessionWhoseAccountWasDisabledSinceIsAnswered401() throws Exception {
		Account officer = IdentityTestAccounts.open(administration, "arg-gone", Role.OFFICER,
				new DataScope.Station("yuantian"));
		MockHttpSession session = signIn(officer);
		administration.disable(officer.username(), "admin");

		mvc.perform(get("/my/tasks").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void aBearerTokenReachesAnApiControllerThatNeedsAnAccount() throws Exception {
		Account head = IdentityTestAccounts.open(administration, "arg-api", Role.STATION_HEAD,
				new DataScope.Station("yuantian"));
		MvcResult issued = mvc.perform(IdentityApiTests.token(head.username(), IdentityTestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andReturn();
		String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");

		mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void theApiDocumentationListsNoCurrentUserParameter() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/cases")))
			.andExpect(content().string(not(containsString("CurrentUser"))));
	}

	private MockHttpSession signIn(Account account) throws Exception {
		MvcResult signedIn = mvc.perform(formLogin().user(account.username()).password(IdentityTestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		assertThat(session).isNotNull();
		return session;
	}
}
