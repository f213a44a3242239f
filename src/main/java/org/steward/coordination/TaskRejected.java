package org.steward.coordination;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal of a coordination command, mapped once to an RFC 9457 problem:
 * NOT_FOUND → 404, FORBIDDEN → 403, ILLEGAL_MOVE → 409 naming {@code currentState},
 * DUPLICATE → 409 (a department already has a task on the case), CASE_CLOSED → 409,
 * INVALID → 400 naming {@code field}.
 */
public class TaskRejected extends RuntimeException {

	public enum Kind {
		NOT_FOUND, FORBIDDEN, ILLEGAL_MOVE, DUPLICATE, CASE_CLOSED, INVALID
	}

	private final Kind kind;

	private final @Nullable TaskState currentState;

	private final @Nullable String field;

	private TaskRejected(Kind kind, String message, @Nullable TaskState currentState, @Nullable String field) {
		super(message);
		this.kind = kind;
		this.currentState = currentState;
		this.field = field;
	}

	public static TaskRejected notFound(String what) {
		return new TaskRejected(Kind.NOT_FOUND, "No " + what, null, null);
	}

	public static TaskRejected forbidden(String why) {
		return new TaskRejected(Kind.FORBIDDEN, why, null, null);
	}

	public static TaskRejected illegalMove(String action, TaskState current) {
		return new TaskRejected(Kind.ILLEGAL_MOVE, "Cannot " + action + " a task that is " + current, current, null);
	}

	public static TaskRejected duplicate(String caseNumber, String department) {
		return new TaskRejected(Kind.DUPLICATE, department + " already has a task on case " + caseNumber, null, null);
	}

	public static TaskRejected caseClosed(String caseNumber, String status) {
		return new TaskRejected(Kind.CASE_CLOSED, "Case " + caseNumber + " is " + status + "; no department can be added",
				null, null);
	}

	public static TaskRejected invalid(String field, String message) {
		return new TaskRejected(Kind.INVALID, message, null, field);
	}

	public Kind kind() {
		return kind;
	}

	public @Nullable TaskState currentState() {
		return currentState;
	}

	public @Nullable String field() {
		return field;
	}
}
