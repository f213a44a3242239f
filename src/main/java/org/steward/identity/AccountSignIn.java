package org.steward.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in for both doors — the login form and {@code POST /api/v1/auth/token} go
 * through this one provider, so the lockout rule ({@link LockoutPolicy}) applies equally to
 * both. Failures are written at once, outside any transaction of the caller, because the
 * exception that follows would otherwise roll the count back.
 */
class AccountSignIn extends DaoAuthenticationProvider {

	private static final int SAVE_ATTEMPTS = 3;

	private final JdbcAccounts accounts;

	private final Clock clock;

	private final LockoutPolicy policy;

	AccountSignIn(JdbcAccounts accounts, PasswordEncoder passwordEncoder, Clock clock, LockoutPolicy policy) {
		super(new AccountDetailsService(accounts, clock));
		setPasswordEncoder(passwordEncoder);
		this.accounts = accounts;
		this.clock = clock;
		this.policy = policy;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		try {
			super.additionalAuthenticationChecks(user, authentication);
		}
		catch (BadCredentialsException badPassword) {
			Instant now = clock.instant();
			change(user.getUsername(), account -> account.recordBadPassword(now, policy));
			if (accounts.find(user.getUsername()).filter(a -> a.isLockedAt(now)).isPresent()) {
				// the attempt that tripped the lock already says so, rather than one attempt later
				throw new LockedException("Account locked after " + policy.maxConsecutiveFailures()
						+ " consecutive bad passwords", badPassword);
			}
			throw badPassword;
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		Instant now = clock.instant();
		change(user.getUsername(), account -> account.recordSuccessfulSignIn(now));
		return super.createSuccessAuthentication(principal, authentication, user);
	}

	// Two sign-ins of the same account can race (an officer's phone and PC); re-read and re-apply.
	private void change(String username, Consumer<Account> change) {
		for (int attempt = 1;; attempt++) {
			Account account = accounts.find(username).orElseThrow(() -> new BadCredentialsException("Bad credentials"));
			int failuresBefore = account.failedAttempts();
			boolean lockedBefore = account.lockedUntil() != null;
			change.accept(account);
			if (account.failedAttempts() == failuresBefore && (account.lockedUntil() != null) == lockedBefore) {
				return;
			}
			try {
				accounts.update(account);
				return;
			}
			catch (OptimisticLockingFailureException concurrent) {
				if (attempt >= SAVE_ATTEMPTS) {
					throw concurrent;
				}
			}
		}
	}
}
