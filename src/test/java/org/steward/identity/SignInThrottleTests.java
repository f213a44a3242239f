package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.MutableClock;

import com.jayway.jsonpath.JsonPath;

/**
 * Sign-in is slowed, never locked, on both doors, with a clock the test moves instead of waiting: every
 * refusal has one answer (unknown, wrong, locked, disabled, too soon), waits double per address and per
 * account seen from that address, a stranger's guesses never keep {@code admin} out from elsewhere, and an
 * administrator's unlock forgets an account's counts. Runs with the shipped thresholds (the test profile
 * raises the per-address one for the other tests, which all come from 127.0.0.1).
 */
@IntegrationTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = { "steward.sign-in.free-failures-per-address=20",
		"steward.sign-in.free-failures-per-account=3" })
class SignInThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountAdministration administration;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityProperties properties;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	private static String address() {
		return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletRequestBuilder token(String username, String password, String address) {
		return post("/api/v1/auth/token").with(from(address))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	private MockHttpServletRequestBuilder page(String username, String password, String address) {
		return post("/login").with(from(address)).with(csrf()).param("username", username).param("password", password);
	}

	private String officer() {
		return IdentityTestAccounts.open(administration, "slow", Role.OFFICER, new DataScope.Station("yuantian")).username();
	}

	@Test
	void unknownWrongLockedAndDisabledAccountsGetTheSameAnswer() throws Exception {
		String wrong = officer();
		String disabled = officer();
		administration.disable(disabled, "admin");
		String locked = officer();
		jdbc.sql("update identity_account set locked_until = ?, failed_attempts = 5 where username = ?")
			.params(java.sql.Timestamp.from(clock.instant().plus(Duration.ofHours(1))), locked)
			.update();
		List<String> answers = new ArrayList<>();
		for (String[] attempt : new String[][] { { "nobody-" + UUID.randomUUID().toString().substring(0, 8), "whatever-123" },
				{ wrong, "wrong-password" }, { disabled, IdentityTestAccounts.PASSWORD }, { locked, IdentityTestAccounts.PASSWORD } }) {
			MvcResult result = mvc.perform(token(attempt[0], attempt[1], address()))
				.andExpect(status().isUnauthorized())
				.andReturn();
			String body = result.getResponse().getContentAsString();
			answers.add(JsonPath.read(body, "$.type") + " | " + JsonPath.read(body, "$.detail"));
			mvc.perform(page(attempt[0], attempt[1], address())).andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(answers).containsOnly(answers.get(0));
		assertThat(answers.get(0)).startsWith("urn:steward:problem:identity.refused.badCredentials");
	}

	@Test
	void failuresFromOneAddressMakeTheNextAttemptWaitTwiceAsLongEachTime() throws Exception {
		String username = officer();
		String address = address();
		for (int i = 0; i < 3; i++) { // free
			mvc.perform(token(username, "wrong", address)).andExpect(status().isUnauthorized());
			assertThat(throttle.waitFor(address, username)).isZero();
		}
		List<Duration> waits = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			mvc.perform(token(username, "wrong", address)).andExpect(status().isUnauthorized());
			Duration wait = throttle.waitFor(address, username);
			waits.add(wait);
			// while it runs, even the right password is refused with the same answer, and not counted
			mvc.perform(token(username, IdentityTestAccounts.PASSWORD, address)).andExpect(status().isUnauthorized());
			assertThat(throttle.waitFor(address, username)).isEqualTo(wait);
			clock.advance(wait);
		}
		assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(8));
		// the login page and the token endpoint share the count: a page failure now waits 16 s
		mvc.perform(page(username, "wrong", address)).andExpect(unauthenticated());
		assertThat(throttle.waitFor(address, username)).isEqualTo(Duration.ofSeconds(16));
		clock.advance(Duration.ofSeconds(16));
		mvc.perform(page(username, IdentityTestAccounts.PASSWORD, address)).andExpect(authenticated().withUsername(username));
		// a success forgives the account's failures from that address
		assertThat(throttle.waitFor(address, username)).isZero();
		mvc.perform(token(username, "wrong", address)).andExpect(status().isUnauthorized());
		assertThat(throttle.waitFor(address, username)).isZero();
	}

	@Test
	void waitsStopAtFifteenMinutesAndNeverBecomeALock() {
		assertThat(SignInThrottle.waitAfter(3, 3, Duration.ofMinutes(15))).isZero();
		assertThat(SignInThrottle.waitAfter(4, 3, Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(1));
		assertThat(SignInThrottle.waitAfter(13, 3, Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(512));
		assertThat(SignInThrottle.waitAfter(14, 3, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.waitAfter(1_000_000, 3, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aStrangersGuessesNeverKeepAdminOutFromAnotherAddressNorLockTheAccount() throws Exception {
		String stranger = address();
		for (int i = 0; i < 30; i++) {
			mvc.perform(token("admin", "guess-" + i, stranger)).andExpect(status().isUnauthorized());
			clock.advance(throttle.waitFor(stranger, "admin"));
		}
		mvc.perform(token("admin", "one-more-guess", stranger)).andExpect(status().isUnauthorized());
		assertThat(throttle.waitFor(stranger, "admin")).isPositive();
		mvc.perform(token("admin", org.steward.PageVisitor.DEMO_PASSWORD, address())).andExpect(status().isOk());
		Instant lockedUntil = jdbc.sql("select locked_until from identity_account where username = 'admin'")
			.query(Instant.class).optional().orElse(null);
		assertThat(lockedUntil).isNull();
	}

	@Test
	void anAddressTryingManyAccountsIsSlowedForEveryAccount() throws Exception {
		String address = address();
		String username = officer();
		for (int i = 0; i < 21; i++) {
			mvc.perform(token("nobody-" + i + "-" + UUID.randomUUID().toString().substring(0, 6), "guess", address))
				.andExpect(status().isUnauthorized());
		}
		Duration wait = throttle.waitFor(address, username);
		assertThat(wait).isEqualTo(Duration.ofSeconds(1));
		mvc.perform(token(username, IdentityTestAccounts.PASSWORD, address)).andExpect(status().isUnauthorized());
		mvc.perform(token(username, IdentityTestAccounts.PASSWORD, address())).andExpect(status().isOk());
		clock.advance(wait);
		mvc.perform(token(username, IdentityTestAccounts.PASSWORD, address)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorsUnlockForgetsTheAccountsCountsAtOnce() throws Exception {
		String username = officer();
		String address = address();
		for (int i = 0; i < 8; i++) {
			mvc.perform(token(username, "wrong", address));
			clock.advance(throttle.waitFor(address, username));
		}
		mvc.perform(token(username, "wrong", address));
		assertThat(throttle.slowed(username)).isTrue();
		mvc.perform(token(username, IdentityTestAccounts.PASSWORD, address)).andExpect(status().isUnauthorized());

		administration.unlock(username);

		assertThat(throttle.slowed(username)).isFalse();
		mvc.perform(token(username, IdentityTestAccounts.PASSWORD, address)).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username));
	}

	@Test
	void nodesBehindALoadBalancerShareOneCount() throws Exception {
		SignInThrottle otherNode = new SignInThrottle(clock, properties, jdbc, transactions);
		String username = officer();
		String address = address();
		mvc.perform(token(username, "wrong", address)).andExpect(status().isUnauthorized());
		otherNode.failed(address, username);
		mvc.perform(token(username, "wrong", address)).andExpect(status().isUnauthorized());
		assertThat(otherNode.waitFor(address, username)).isZero();
		otherNode.failed(address, username); // the fourth failure, whichever node saw it
		assertThat(throttle.waitFor(address, username)).isEqualTo(Duration.ofSeconds(1));
		assertThat(otherNode.waitFor(address, username)).isEqualTo(Duration.ofSeconds(1));
		mvc.perform(token(username, IdentityTestAccounts.PASSWORD, address)).andExpect(status().isUnauthorized());
		assertThat(otherNode.slowed(username)).isTrue();

		administration.unlock(username); // on this node: the other one sees it at once
		assertThat(otherNode.waitFor(address, username)).isZero();
		assertThat(otherNode.slowed(username)).isFalse();
		assertThat(jdbc.sql("select count(*) from identity_sign_in_failure where throttle_key like '%' || ?")
			.param(SignInThrottle.accountHash(username)).query(Long.class).single()).isZero();
	}

	@Test
	void countsQuietForADayAreForgottenAndTheUserNameIsNotStored() throws Exception {
		String username = officer();
		String address = address();
		for (int i = 0; i < 5; i++) {
			throttle.failed(address, username);
		}
		assertThat(throttle.waitFor(address, username)).isPositive();
		assertThat(jdbc.sql("select count(*) from identity_sign_in_failure where throttle_key like ?")
			.param("%" + username + "%").query(Long.class).single()).isZero();
		clock.advance(Duration.ofHours(25));
		assertThat(throttle.waitFor(address, username)).isZero();
		throttle.failed(address(), "someone-else"); // a new address failing clears what is a day old
		assertThat(jdbc.sql("select count(*) from identity_sign_in_failure where throttle_key = ?")
			.param("address|" + address).query(Long.class).single()).isZero();
		throttle.failed(address, username);
		assertThat(throttle.waitFor(address, username)).as("counting starts again").isZero();
	}

	@Test
	void theLoginPageSaysOnlyThatTheUsernameOrPasswordIsWrong() throws Exception {
		String address = address();
		MvcResult failed = mvc.perform(page("nobody-at-all", "x", address)).andReturn();
		mvc.perform(get("/login").param("error", "").session((org.springframework.mock.web.MockHttpSession) failed.getRequest().getSession()))
			.andExpect(content().string(Matchers.containsString("用户名或密码错误")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("锁定"))));
	}
}
