package org.steward.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An account as the API and the admin page show it — never with its password hash. */
record AccountView(String username, String displayName, List<Role> roles, ScopeView scope, boolean enabled,
		boolean locked, @Nullable Instant lockedUntil) {

	record ScopeView(String kind, String code) {
		static ScopeView of(DataScope scope) {
			return new ScopeView(scope.kind(), scope.code());
		}
	}

	static AccountView of(Account account, Instant now) {
		return of(account, now, false);
	}

	/** {@code slowed}: sign-in of the account is being slowed after failures (an administrator may unlock it). */
	static AccountView of(Account account, Instant now, boolean slowed) {
		boolean locked = account.isLockedAt(now) || slowed;
		return new AccountView(account.username(), account.displayName(), List.copyOf(account.roles()),
				ScopeView.of(account.scope()), account.enabled(), locked, account.isLockedAt(now) ? account.lockedUntil() : null);
	}
}
