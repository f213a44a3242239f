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

	/**
	 * The reporter's answer on the command centre's call-back (回访), recorded as their rating of the
	 * case: once, only when closed; DISSATISFIED asks the squad leader to review, as an online rating
	 * does. Only the command centre whose scope covers the case.
	 *
	 * @param attempt which call reached the reporter (1, 2, 3), kept in the timeline
	 * @throws org.steward.refusal.Refusal NOT_FOUND, FORBIDDEN or ILLEGAL_MOVE (closed and unrated only)
	 */
	CaseDetail rateOnCallBack(CaseNumber number, Rating rating, int attempt,
			@org.jspecify.annotations.Nullable String comment, CurrentUser caller);
}
