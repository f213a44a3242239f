package org.steward.identity;

import java.util.Set;
import java.util.UUID;

/** Fresh accounts for integration tests, unique per call, so tests never share lockout state. */
final class IdentityTestAccounts {

	static final String PASSWORD = "correct-horse-42";

	private IdentityTestAccounts() {
	}

	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Account open(AccountAdministration administration, String prefix, Role role, DataScope scope) {
		return administration.open(new NewAccount(uniqueName(prefix), "测试 " + prefix, Set.of(role), scope, PASSWORD));
	}
}
