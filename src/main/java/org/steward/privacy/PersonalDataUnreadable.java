package org.steward.privacy;

/**
 * A sealed value that cannot be opened: sealed with a key this node does not hold, or altered since.
 * Not a refusal — it means the node's keys are misconfigured or the database was tampered with, and
 * an operator has to look.
 */
public class PersonalDataUnreadable extends IllegalStateException {

	PersonalDataUnreadable(String message) {
		super(message);
	}

	PersonalDataUnreadable(String message, Throwable cause) {
		super(message, cause);
	}
}
