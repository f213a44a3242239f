package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.steward.IntegrationTest;

/** What other modules get from {@link Accounts}: the page-session side (the token side is in IdentityApiTests). */
@IntegrationTest
class AccountsFacadeTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountAdministration administration;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void findsTheAccountOfAPageSession() {
		Account officer = IdentityTestAccounts.open(administration, "session", Role.OFFICER,
				new DataScope.Station("yuantian"));
		var principal = User.withUsername(officer.username()).password("").roles("OFFICER").build();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

		CurrentUser current = accounts.current().orElseThrow();

		assertThat(current.username()).isEqualTo(officer.username());
		assertThat(current.has(Role.OFFICER)).isTrue();
		assertThat(current.scope()).isEqualTo(new DataScope.Station("yuantian"));
	}

	@Test
	void hasNoCurrentAccountForAnonymousVisitorsOrDisabledAccounts() {
		assertThat(accounts.current()).isEmpty();
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(accounts.current()).isEmpty();

		Account officer = IdentityTestAccounts.open(administration, "session-off", Role.OFFICER,
				new DataScope.Station("yuantian"));
		administration.disable(officer.username(), "admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer.username(), null, List.of()));
		assertThat(accounts.current()).isEmpty();
	}

	@Test
	void looksUpAnyAccountByUsernameWhateverTheCase() {
		assertThat(accounts.byUsername("Officer.Yuantian1")).get()
			.extracting(CurrentUser::displayName)
			.isEqualTo("园田队员 李强");
		assertThat(accounts.byUsername("no.such.user")).isEmpty();
	}
}
