package org.steward.coordination;

import org.steward.refusal.Refusal;

/**
 * The refusals of joint handling, each a code of {@code i18n/coordination}: who may not act (403), what
 * does not exist (404), a move the task's or the case's state does not allow (409, naming
 * {@code currentState}), a department called twice (409) and bad fields (400). Numbers go in as text, so
 * the messages show ids as written rather than grouped by thousands.
 */
final class TaskRefusals {

	private TaskRefusals() {
	}

	// ------------------------------------------------------------ not found

	static Refusal taskNotFound(long id) {
		return Refusal.notFound("coordination.refused.taskNotFound", String.valueOf(id));
	}

	static Refusal caseNotFound(String caseNumber) {
		return Refusal.notFound("coordination.refused.caseNotFound", caseNumber);
	}

	static Refusal photoNotFound() {
		return Refusal.notFound("coordination.refused.photoNotFound");
	}

	// ------------------------------------------------------------ forbidden

	static Refusal boardForCommandCentre() {
		return Refusal.forbidden("coordination.refused.boardForCommandCentre");
	}

	static Refusal notSignedIn() {
		return Refusal.forbidden("coordination.refused.notSignedIn");
	}

	static Refusal notAWhistler() {
		return Refusal.forbidden("coordination.refused.notAWhistler");
	}

	static Refusal caseOutsideScope(String caseNumber) {
		return Refusal.forbidden("coordination.refused.caseOutsideScope", caseNumber);
	}

	static Refusal notTheLead(String caseNumber) {
		return Refusal.forbidden("coordination.refused.notTheLead", caseNumber);
	}

	static Refusal anotherDepartmentsTask(long id) {
		return Refusal.forbidden("coordination.refused.anotherDepartmentsTask", String.valueOf(id));
	}

	static Refusal notTheTasksLiaison(long id, String department) {
		return Refusal.forbidden("coordination.refused.notTheTasksLiaison", String.valueOf(id), department);
	}

	static Refusal noQueue() {
		return Refusal.forbidden("coordination.refused.noQueue");
	}

	static Refusal departmentNotOnCase(String caseNumber) {
		return Refusal.forbidden("coordination.refused.departmentNotOnCase", caseNumber);
	}

	static Refusal notAReader(String caseNumber) {
		return Refusal.forbidden("coordination.refused.notAReader", caseNumber);
	}

	static Refusal assessmentForDistrict() {
		return Refusal.forbidden("coordination.refused.assessmentForDistrict");
	}

	// ------------------------------------------------------------ illegal moves and conflicts

	/** The task's state does not allow the action, e.g. {@code complete} on an OPEN task. */
	static Refusal illegalMove(String action, TaskState current) {
		return Refusal
			.illegalMove("coordination.refused.illegalMove", Refusal.term("coordination.move." + action),
					Refusal.term("coordination.state." + current.name()))
			.with("currentState", current.name());
	}

	/** Someone else changed the task between reading and saving it. */
	static Refusal changedMeanwhile(TaskState current) {
		return Refusal.conflict("coordination.refused.changedMeanwhile", Refusal.term("coordination.state." + current.name()))
			.with("currentState", current.name());
	}

	static Refusal duplicate(String caseNumber, String department) {
		return Refusal.conflict("coordination.refused.duplicate", department, caseNumber).with("department", department);
	}

	static Refusal caseNotOpen(String caseNumber, String status) {
		return Refusal.illegalMove("coordination.refused.caseNotOpen", caseNumber, Refusal.term("cases.status." + status))
			.with("caseStatus", status);
	}

	// ------------------------------------------------------------ invalid fields

	/** A text the action needs; the message names the field in the reader's language. */
	static Refusal required(String field) {
		return Refusal.invalid(field, "coordination.refused.required", Refusal.term("coordination.field." + field));
	}

	static Refusal noDepartments() {
		return Refusal.invalid("departments", "coordination.refused.noDepartments");
	}

	static Refusal unknownDepartment(String field, String code) {
		return Refusal.invalid(field, "coordination.refused.unknownDepartment", code);
	}

	static Refusal unknownState(String state) {
		return Refusal.invalid("status", "coordination.refused.unknownState", state);
	}

	static Refusal unknownUrgency(String urgency) {
		return Refusal.invalid("urgency", "coordination.refused.unknownUrgency", urgency);
	}

	static Refusal minutesOutOfRange(String field, int max) {
		return Refusal.invalid(field, "coordination.refused.minutesOutOfRange", "1", String.valueOf(max));
	}

	static Refusal decisionRequired() {
		return Refusal.invalid("approve", "coordination.refused.decisionRequired");
	}

	static Refusal toBeforeFrom() {
		return Refusal.invalid("to", "coordination.refused.toBeforeFrom");
	}
}
