package org.steward.organization;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;

/** The account behind the current request, from identity's facade. */
@Component
class SignedIn {

	private final Accounts accounts;

	SignedIn(Accounts accounts) {
		this.accounts = accounts;
	}

	Optional<CurrentUser> user() {
		return accounts.current();
	}

	CurrentUser require() {
		return user().orElseThrow(OrganizationRefusals::noAccount);
	}
}
