package org.steward.identity;

/**
 * An expected refusal of an account change, named by the form field it concerns so the admin
 * page can show it next to that field.
 */
class AccountRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	private AccountRejected(String field, String messageKey, String message) {
		super(message);
		this.field = field;
		this.messageKey = messageKey;
	}

	static AccountRejected usernameTaken(String username) {
		return new AccountRejected("username", "identity.error.usernameTaken", "Username already in use: " + username);
	}

	static AccountRejected invalidScopeCode(String kind, String code) {
		return new AccountRejected("scopeCode", "identity.error.scopeCode." + kind,
				"Not a valid " + kind + " code: " + code);
	}

	static AccountRejected cannotDisableYourself() {
		return new AccountRejected("username", "identity.error.disableSelf", "Administrators cannot disable their own account");
	}

	static AccountRejected unknown(String username) {
		return new AccountRejected("username", "identity.error.unknown", "No such account: " + username);
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}
}
