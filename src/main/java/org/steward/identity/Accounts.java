package org.steward.identity;

import java.util.Optional;

/** The identity module's facade for other modules. */
public interface Accounts {

	/** The account behind the current request, if it is signed in (session or bearer token). */
	Optional<CurrentUser> current();

	/** An account by its username. */
	Optional<CurrentUser> byUsername(String username);
}
