package org.steward.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in for both doors — the login form and {@code POST /api/v1/auth/token} go
 * through this one provider, so the throttle ({@link SignInThrottle}) applies equally to both.
 * Every refusal is the same bad-credentials answer, whether the account is unknown, the password
 * wrong, the account locked or disabled, or the attempt came too soon after earlier failures: the
 * answer never tells whether an account exists. Bad passwords no longer lock an account (a stranger
 * could lock {@code admin}); they slow the next attempt from the same address. The consecutive
 * failures are still written on the account, for the administrators' list.
 */
class AccountSignIn extends DaoAuthenticationProvider {

	private static final int SAVE_ATTEMPTS = 3;

	private final JdbcAccounts accounts;

	private final Clock clock;

	private final LockoutPolicy policy;

	private final SignInThrottle throttle;

	AccountSignIn(JdbcAccounts accounts, PasswordEncoder passwordEncoder, Clock clock, LockoutPolicy policy,
			SignInThrottle throttle) {
		super(new AccountDetailsService(accounts, clock));
		setPasswordEncoder(passwordEncoder);
		this.accounts = accounts;
		this.clock = clock;
		this.policy = policy;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String address = address();
		String username = String.valueOf(authentication.getName());
		if (!throttle.waitFor(address, username).isZero()) {
			throw new BadCredentialsException("Bad credentials");
		}
		try {
			Authentication signedIn = super.authenticate(authentication);
			throttle.succeeded(address, username);
			return signedIn;
		}
		catch (AuthenticationException refused) {
			if (org.steward.cluster.NodeGate.databaseAway(refused)) {
				// not a wrong password: the accounts could not be read. Leaving as a database failure,
				// it reaches the node gate, which answers 503 with Retry-After (page and API alike)
				// (without the authentication exception as its cause: Spring Security would take that for a refusal)
				throw new org.springframework.dao.DataAccessResourceFailureException("Accounts unreadable", refused.getCause());
			}
			throttle.failed(address, username);
			// unknown, wrong, locked, disabled: one answer
			throw new BadCredentialsException("Bad credentials", refused);
		}
	}

	/** The client's address as the servlet container saw it (behind a proxy: with forwarded headers honoured). */
	private static String address() {
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return "unknown";
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		try {
			super.additionalAuthenticationChecks(user, authentication);
		}
		catch (BadCredentialsException badPassword) {
			Instant now = clock.instant();
			change(user.getUsername(), account -> account.recordBadPassword(now, policy));
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
