package org.steward.callback;

/** Where a case's call-back stands. */
public enum CallBackStatus {
	/** To call (again). */
	OPEN,
	/** The reporter answered; the answer is the case's rating. */
	ANSWERED,
	/** Not reached on the last allowed call. */
	UNREACHABLE,
	/** The reporter rated online before anyone called: nothing to ask. */
	RATED
}
