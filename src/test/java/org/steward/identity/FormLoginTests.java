package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

@IntegrationTest
class FormLoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Test
	void signsInWithTheRightPasswordAndCarriesTheRoles() throws Exception {
		Account squad = IdentityTestAccounts.open(administration, "form", Role.SQUAD_LEADER,
				new DataScope.Squad("dongfeng"));
		mvc.perform(formLogin("/login").user(squad.username()).password(IdentityTestAccounts.PASSWORD))
			.andExpect(authenticated().withUsername(squad.username())
				.withAuthentication(auth -> assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
					.contains("ROLE_SQUAD_LEADER")))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void sendsAWrongPasswordBackToTheLoginPage() throws Exception {
		Account squad = IdentityTestAccounts.open(administration, "form-bad", Role.SQUAD_LEADER,
				new DataScope.Squad("dongfeng"));
		mvc.perform(formLogin("/login").user(squad.username()).password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void refusesADisabledAccount() throws Exception {
		Account squad = IdentityTestAccounts.open(administration, "form-off", Role.SQUAD_LEADER,
				new DataScope.Squad("dongfeng"));
		administration.disable(squad.username(), "admin");
		mvc.perform(formLogin("/login").user(squad.username()).password(IdentityTestAccounts.PASSWORD))
			.andExpect(unauthenticated());
	}
}
