package org.steward.cases;

/**
 * The actions on a case, as named in the API path {@code POST /api/v1/cases/{caseNumber}/{action}}.
 */
public enum CaseAction {
	ACKNOWLEDGE, ARRIVE, HANDLE, ESCALATE, REASSIGN, VERIFY, REJECT, MERGE, EXTEND, APPROVE_EXTENSION, REVIEW, TRANSFER;

	/** The lower-case name used in paths. */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
