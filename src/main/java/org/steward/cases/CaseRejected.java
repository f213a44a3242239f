package org.steward.cases;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal of a case command or query, mapped once to a page message or an RFC 9457
 * problem: NOT_FOUND → 404, FORBIDDEN → 403 (outside the caller's data scope or role),
 * ILLEGAL_MOVE → 409 naming the current status and the allowed actions, CONFLICT → 409 (a
 * concurrent edit), INVALID → 400 naming {@code field}.
 */
public class CaseRejected extends RuntimeException {

	public enum Kind {
		NOT_FOUND, FORBIDDEN, ILLEGAL_MOVE, CONFLICT, INVALID
	}

	private final Kind kind;

	private final @Nullable CaseStatus currentStatus;

	private final Set<CaseAction> allowedActions;

	private final @Nullable String field;

	private final java.util.List<String> blockers;

	private CaseRejected(Kind kind, String message, @Nullable CaseStatus currentStatus, Set<CaseAction> allowedActions,
			@Nullable String field) {
		this(kind, message, currentStatus, allowedActions, field, java.util.List.of());
	}

	private CaseRejected(Kind kind, String message, @Nullable CaseStatus currentStatus, Set<CaseAction> allowedActions,
			@Nullable String field, java.util.List<String> blockers) {
		super(message);
		this.kind = kind;
		this.currentStatus = currentStatus;
		this.allowedActions = Set.copyOf(allowedActions);
		this.field = field;
		this.blockers = java.util.List.copyOf(blockers);
	}

	public static CaseRejected notFound(String what) {
		return new CaseRejected(Kind.NOT_FOUND, "No case " + what, null, Set.of(), null);
	}

	public static CaseRejected forbidden(String why) {
		return new CaseRejected(Kind.FORBIDDEN, why, null, Set.of(), null);
	}

	public static CaseRejected illegalMove(CaseAction action, CaseStatus current, Set<CaseAction> allowed) {
		return new CaseRejected(Kind.ILLEGAL_MOVE,
				"Cannot " + action.path() + " a case that is " + current + "; allowed: " + allowed, current, allowed, null);
	}

	/** A rating of a case that is not closed, or a second rating: ILLEGAL_MOVE (409), no action allowed. */
	public static CaseRejected cannotRate(CaseStatus current, boolean alreadyRated) {
		return new CaseRejected(Kind.ILLEGAL_MOVE,
				alreadyRated ? "This case has already been rated" : "Only a closed case can be rated; it is " + current,
				current, Set.of(), null);
	}

	/**
	 * The action is allowed by the case's own status but other work still open on it blocks it
	 * (see {@link CaseCloseGuard}): ILLEGAL_MOVE (409), the message names every blocker.
	 */
	public static CaseRejected blocked(CaseAction action, CaseStatus current, java.util.List<String> blockers) {
		return new CaseRejected(Kind.ILLEGAL_MOVE,
				"Cannot " + action.path() + " a case that is " + current + " while work is open: "
						+ String.join("; ", blockers),
				current, Set.of(), null, blockers);
	}

	public static CaseRejected conflict(String why) {
		return new CaseRejected(Kind.CONFLICT, why, null, Set.of(), null);
	}

	public static CaseRejected invalid(String field, String message) {
		return new CaseRejected(Kind.INVALID, message, null, Set.of(), field);
	}

	public Kind kind() {
		return kind;
	}

	public @Nullable CaseStatus currentStatus() {
		return currentStatus;
	}

	public Set<CaseAction> allowedActions() {
		return allowedActions;
	}

	public @Nullable String field() {
		return field;
	}

	/** What blocked the action (see {@link #blocked}); empty for every other refusal. */
	public java.util.List<String> blockers() {
		return blockers;
	}
}
