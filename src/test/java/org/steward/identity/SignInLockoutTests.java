package org.steward.identity;

import org.steward.MutableClock;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.tokenRequest;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/** The lockout rule on both doors, with a clock the test moves instead of waiting. */
@IntegrationTest
@Import(MutableClock.Config.class)
class SignInLockoutTests {

	private static final String SESSION_EXCEPTION = "SPRING_SECURITY_LAST_EXCEPTION";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountAdministration administration;

	private String officer() {
		return IdentityTestAccounts.open(administration, "lock", Role.OFFICER, new DataScope.Station("yuantian"))
			.username();
	}

	@Test
	void fiveBadPasswordsOnTheLoginPageLockTheAccountForFifteenMinutes() throws Exception {
		String username = officer();
		for (int i = 1; i <= 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		MvcResult fifth = mvc.perform(formLogin("/login").user(username).password("wrong-5"))
			.andExpect(unauthenticated())
			.andExpect(request().sessionAttribute(SESSION_EXCEPTION, instanceOf(LockedException.class)))
			.andReturn();

		mvc.perform(get("/login").param("error", "").session((MockHttpSession) fifth.getRequest().getSession()))
			.andExpect(content().string(containsString("账号已锁定")));

		clock.advance(Duration.ofMinutes(14));
		mvc.perform(formLogin("/login").user(username).password(IdentityTestAccounts.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(request().sessionAttribute(SESSION_EXCEPTION, instanceOf(LockedException.class)));

		clock.advance(Duration.ofMinutes(1));
		mvc.perform(formLogin("/login").user(username).password(IdentityTestAccounts.PASSWORD))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void aSuccessfulSignInForgivesEarlierMistakes() throws Exception {
		String username = officer();
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(username).password(IdentityTestAccounts.PASSWORD))
			.andExpect(authenticated());
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(username).password(IdentityTestAccounts.PASSWORD))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void theTokenEndpointCountsTheSameFailuresAndAnswersLocked() throws Exception {
		String username = officer();
		// three wrong on the page and two on the API make five: one rule for both doors
		for (int i = 0; i < 3; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong")).andExpect(unauthenticated());
		}
		mvc.perform(token(username, "wrong")).andExpect(status().isUnauthorized());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/token")
			.header("Accept-Language", "en")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"wrong\"}"))
			.andExpect(status().isLocked())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:identity.refused.lockedUntil"))
			.andExpect(jsonPath("$.detail").value(containsString("locked until")))
			.andExpect(jsonPath("$.lockedUntil").value(clock.instant().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.SECONDS).toString()));

		mvc.perform(token(username, IdentityTestAccounts.PASSWORD)).andExpect(status().isLocked());
		mvc.perform(formLogin("/login").user(username).password(IdentityTestAccounts.PASSWORD))
			.andExpect(unauthenticated());

		clock.advance(Duration.ofMinutes(15));
		mvc.perform(token(username, IdentityTestAccounts.PASSWORD)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorUnlocksBeforeTheLockRunsOut() throws Exception {
		String username = officer();
		for (int i = 0; i < 5; i++) {
			mvc.perform(token(username, "wrong"));
		}
		mvc.perform(token(username, IdentityTestAccounts.PASSWORD)).andExpect(status().isLocked());

		administration.unlock(username);

		mvc.perform(token(username, IdentityTestAccounts.PASSWORD)).andExpect(status().isOk());
	}

	@Test
	void aTokenStopsWorkingWhenItsLifetimeIsOver() throws Exception {
		String username = officer();
		MvcResult issued = mvc.perform(token(username, IdentityTestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expiresAt").value(clock.instant().plus(Duration.ofHours(8)).toString()))
			.andReturn();
		String bearer = "Bearer " + JsonPath.read(issued.getResponse().getContentAsString(), "$.token");

		clock.advance(Duration.ofHours(7));
		mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());

		clock.advance(Duration.ofHours(1).plusMinutes(2)); // beyond the decoder's one-minute skew
		mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
	}

	private static org.springframework.test.web.servlet.RequestBuilder token(String username, String password) {
		return tokenRequest(username, password);
	}
}
