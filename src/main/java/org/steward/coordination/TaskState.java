package org.steward.coordination;

/**
 * Where a department's task stands: OPEN → ACKNOWLEDGED (报到) → IN_PROGRESS → COMPLETED; a
 * decline waits in DECLINE_REQUESTED for the lead, then ends DECLINED or returns to where it was.
 */
public enum TaskState {
	OPEN, ACKNOWLEDGED, IN_PROGRESS, DECLINE_REQUESTED, COMPLETED, DECLINED;

	/** Whether the task still holds the case open. */
	public boolean isOpen() {
		return this != COMPLETED && this != DECLINED;
	}
}
