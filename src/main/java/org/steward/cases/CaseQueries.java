package org.steward.cases;

import java.util.Optional;

import org.steward.identity.CurrentUser;

/** Read side of cases for pages and the API; every answer is limited to the viewer's data scope. */
public interface CaseQueries {

	CasePage search(CaseFilter filter, CurrentUser viewer, int page, int size);

	/** @throws org.steward.refusal.Refusal NOT_FOUND, or FORBIDDEN outside the viewer's scope */
	CaseDetail detail(CaseNumber number, CurrentUser viewer);

	Optional<PublicCase> track(TrackingCode code);

	/** Whether {@link #detail} would show the case to the viewer (so a page links to it only then). */
	boolean maySee(CaseNumber number, CurrentUser viewer);

	/**
	 * For each closing action the viewer may take now (handle, verify, review), the open work that
	 * other modules' {@link CaseCloseGuard}s say blocks it (messages to word in the reader's
	 * language); actions nothing blocks are absent.
	 */
	java.util.Map<CaseAction, java.util.List<CaseCloseGuard.Blocker>> openWork(CaseNumber number, CurrentUser viewer);

	/**
	 * The reporter's contact for a call-back, read as the case page reads it (full phone for the
	 * command centre only).
	 *
	 * @throws org.steward.refusal.Refusal NOT_FOUND, or FORBIDDEN outside the viewer's scope
	 */
	CallBackContact callBackContact(CaseNumber number, CurrentUser viewer);
}
