package org.steward.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts as Spring Security sees them. "Locked" is decided against the injected clock at
 * load time, so Spring's own pre-authentication check refuses a locked account before its
 * password is even compared — the right password does not help while the lock runs.
 */
class AccountDetailsService implements UserDetailsService {

	private final JdbcAccounts accounts;

	private final Clock clock;

	AccountDetailsService(JdbcAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
			.disabled(!account.enabled())
			.accountLocked(account.isLockedAt(clock.instant()))
			.build();
	}
}
