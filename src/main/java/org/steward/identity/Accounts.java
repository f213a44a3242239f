package org.steward.identity;

import java.util.Optional;

/** The identity module's facade for other modules. */
public interface Accounts {

	/** The account behind the current request, if it is signed in (session or bearer token). */
	Optional<CurrentUser> current();

	/** An account by its username. */
	Optional<CurrentUser> byUsername(String username);

	/** The enabled accounts holding a role, whatever their scope (callers filter by {@link DataScope#covers}). */
	java.util.List<CurrentUser> holding(Role role);
}
