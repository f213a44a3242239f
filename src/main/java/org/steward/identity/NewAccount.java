package org.steward.identity;

import java.util.Set;

/** What an administrator (or the demo loader) supplies to open an account; password in clear. */
record NewAccount(String username, String displayName, Set<Role> roles, DataScope scope, String password) {

	@Override
	public String toString() {
		return "NewAccount[" + username + ", " + roles + ", " + scope + "]";
	}
}
