package org.steward.cases;

/**
 * The kinds of step a case's timeline records; each is named in the bundles as
 * {@code cases.step.<name>}. Most are the {@link CaseAction} taken; the rest are what follows
 * from one (a failed verification is {@link #REWORK}) or what no officer does (a rating, a
 * further report, a missed deadline).
 */
public enum CaseStep {
	REGISTERED, ACKNOWLEDGE, ARRIVE, HANDLE, VERIFY, REWORK, REJECT, ESCALATE, REASSIGN, MERGE, MERGED_FROM, EXTEND,
	EXTENSION_APPROVED, EXTENSION_REFUSED, RATED, REVIEW_PASSED, REVIEW_REWORK, SUPPORTED, DEADLINE_MISSED, TRANSFER
}
