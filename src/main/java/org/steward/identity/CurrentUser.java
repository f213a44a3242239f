package org.steward.identity;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in account as other modules need it: name, roles and data scope. Obtained from
 * {@link Accounts#current()}; works the same for a page session and an API bearer token.
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, DataScope scope) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean canSee(DataScope.Jurisdiction jurisdiction) {
		return scope.covers(jurisdiction);
	}

	/** Convenience for callers that may run without a signed-in user. */
	public static Optional<CurrentUser> none() {
		return Optional.empty();
	}
}
