package org.steward.identity;

import java.time.Duration;

import jakarta.validation.Valid;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity module's settings: API tokens ({@code steward.security.*}) and the demo accounts'
 * password ({@code steward.demo.password}).
 *
 * @param security how API tokens are signed and checked
 * @param demo the demo accounts
 */
@ConfigurationProperties("steward")
@Validated
record IdentityProperties(@DefaultValue @Valid Security security, @DefaultValue @Valid Demo demo,
		@DefaultValue @Valid SignIn signIn) {

	/**
	 * How sign-in is slowed after failures ({@code SignInThrottle}): waits double from one second up to
	 * {@code longestWait}.
	 *
	 * @param freeFailuresPerAccount failures of one account from one address before waits begin
	 * @param freeFailuresPerAddress failures from one address (any accounts) before waits begin; behind a
	 *        reverse proxy, let the proxy forward the client's address ({@code server.forward-headers-strategy})
	 *        or every client shares the proxy's count
	 * @param longestWait the longest wait
	 */
	record SignIn(@DefaultValue("3") @jakarta.validation.constraints.Min(1) int freeFailuresPerAccount,
			@DefaultValue("20") @jakarta.validation.constraints.Min(1) int freeFailuresPerAddress,
			@DefaultValue("PT15M") Duration longestWait) {
	}

	/**
	 * @param jwtSecret HMAC key (at least 32 bytes) that signs API tokens, shared by every node;
	 *        {@code STEWARD_JWT_SECRET}. Required in {@code prod}; empty elsewhere means a random key per start
	 * @param tokenLifetime how long an API token is valid
	 * @param tokenAccountCache how long the answer to "is the account of this bearer token still
	 *        enabled?" may be reused; a change on another node is seen after at most this (ADR 0002)
	 */
	record Security(@DefaultValue("") String jwtSecret, @DefaultValue("PT8H") @DurationMin(minutes = 1) Duration tokenLifetime,
			@DefaultValue("PT5S") @DurationMin(nanos = 0) Duration tokenAccountCache) {
	}

	/**
	 * @param password the password of every demo account (demo profile only); {@code STEWARD_DEMO_PASSWORD}
	 */
	record Demo(@DefaultValue("steward-demo") String password) {
	}
}
