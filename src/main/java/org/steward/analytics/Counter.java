package org.steward.analytics;

/**
 * The counts indicators are made of. A registration counter is counted on the day the case was
 * registered, a handling counter on the day it is due (its handling deadline). The rollup column
 * and the fact's flag column carry the same name.
 */
enum Counter {
	REGISTERED("registered", true), DUE("due", false), HANDLED("handled", false),
	HANDLED_ON_TIME("handled_on_time", false), CLOSED("closed", false), CLOSED_ON_TIME("closed_on_time", false),
	REWORKED("reworked", false), OVERDUE("overdue", false), EXTENDED("extended", false), ACK_DUE("ack_due", true),
	RESPONDED("responded", true), RATED("rated", true), RESOLVED("resolved", true), SATISFIED("satisfied", true);

	private final String column;

	private final boolean registration;

	Counter(String column, boolean registration) {
		this.column = column;
		this.registration = registration;
	}

	/** The rollup's column. */
	String column() {
		return column;
	}

	/** The fact's 0/1 column. */
	String flagColumn() {
		return "f_" + column;
	}

	/** The fact's day column this counter is counted on. */
	String dayColumn() {
		return registration ? "registered_day" : "due_day";
	}

	boolean registration() {
		return registration;
	}
}
