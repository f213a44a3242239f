package org.steward.cases;

import org.steward.identity.CurrentUser;

/** The actions on a case. Each is a method of the case aggregate that refuses illegal moves. */
public interface CaseCommands {

	/** @throws org.steward.refusal.Refusal NOT_FOUND, FORBIDDEN, ILLEGAL_MOVE, CONFLICT or INVALID (see {@link CaseRefusals}) */
	CaseDetail act(CaseNumber number, CaseAction action, ActionRequest request, CurrentUser actor);

	/**
	 * A resident's rating, with or without a comment; only once, only when closed (else an ILLEGAL_MOVE
	 * refusal → 409), and only by the reporter's code (a supporter's → FORBIDDEN).
	 */
	PublicCase rate(TrackingCode code, Rating rating, @org.jspecify.annotations.Nullable String comment);
}
