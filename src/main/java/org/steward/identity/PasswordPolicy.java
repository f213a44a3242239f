package org.steward.identity;

/** What an initial password set by an administrator must satisfy. */
final class PasswordPolicy {

	/** Length beats complexity rules: ten characters are the minimum. */
	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static boolean accepts(String password) {
		return password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH && !password.isBlank();
	}
}
