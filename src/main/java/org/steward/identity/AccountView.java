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
		boolean locked = account.isLockedAt(now);
		return new AccountView(account.username(), account.displayName(), List.copyOf(account.roles()),
				ScopeView.of(account.scope()), account.enabled(), locked, locked ? account.lockedUntil() : null);
	}
}
