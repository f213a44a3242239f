package org.steward.organization;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;

/**
 * The account behind the current request, from identity's facade. Looked up lazily so this
 * module starts in a build whose identity module has no {@link Accounts} implementation yet.
 */
@Component
class SignedIn {

	private final ObjectProvider<Accounts> accounts;

	SignedIn(ObjectProvider<Accounts> accounts) {
		this.accounts = accounts;
	}

	Optional<CurrentUser> user() {
		Accounts available = accounts.getIfAvailable();
		return available == null ? Optional.empty() : available.current();
	}

	CurrentUser require() {
		return user().orElseThrow(StationAccessDenied::noAccount);
	}
}
