package org.steward.identity;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@link Accounts} facade: other modules' view of accounts, kept apart from the table so
 * that a module test can replace it without touching sign-in.
 */
@Component
class SignedInAccounts implements Accounts {

	private final JdbcAccounts accounts;

	SignedInAccounts(JdbcAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * The signed-in account, found by the name in the security context — the form-login
	 * username or the token's {@code sub}. A disabled account counts as not signed in.
	 */
	@Override
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return accounts.find(authentication.getName()).filter(Account::enabled).map(Account::toCurrentUser);
	}

	@Override
	public Optional<CurrentUser> byUsername(String username) {
		return accounts.find(username).map(Account::toCurrentUser);
	}

	@Override
	public java.util.List<CurrentUser> holding(Role role) {
		return accounts.allCached()
			.stream()
			.filter(Account::enabled)
			.map(Account::toCurrentUser)
			.filter(user -> user.has(role))
			.toList();
	}
}
