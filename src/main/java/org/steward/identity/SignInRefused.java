package org.steward.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Why the API refused to hand out a token or to answer for the current account. */
class SignInRefused extends RuntimeException {

	enum Reason {
		BAD_CREDENTIALS, LOCKED, DISABLED, NOT_SIGNED_IN
	}

	private final Reason reason;

	private final @Nullable Instant lockedUntil;

	private SignInRefused(Reason reason, String message, @Nullable Instant lockedUntil) {
		super(message);
		this.reason = reason;
		this.lockedUntil = lockedUntil;
	}

	static SignInRefused badCredentials() {
		return new SignInRefused(Reason.BAD_CREDENTIALS, "Wrong username or password", null);
	}

	static SignInRefused locked(@Nullable Instant until) {
		return new SignInRefused(Reason.LOCKED, "The account is locked after repeated wrong passwords", until);
	}

	static SignInRefused disabled() {
		return new SignInRefused(Reason.DISABLED, "The account is disabled", null);
	}

	static SignInRefused notSignedIn() {
		return new SignInRefused(Reason.NOT_SIGNED_IN, "No enabled account is signed in", null);
	}

	Reason reason() {
		return reason;
	}

	@Nullable Instant lockedUntil() {
		return lockedUntil;
	}
}
