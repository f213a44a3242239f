package org.steward.enforcement;

import org.steward.refusal.Refusal;

/**
 * How the enforcement modules say no: one named factory per refusal, each with its own message code in
 * {@code i18n/enforcement} (zh-CN and English). Field errors are built where the fields are checked,
 * as {@code Refusal.FieldError}s with {@code enforcement.refused.*} codes. Public because the records module
 * beneath this one shares the case and officer refusals.
 * Ids go in as text, so no reader sees them with digit grouping (a message format would write 1,234).
 */
public final class EnforcementRefusals {

	private EnforcementRefusals() {
	}

	// ------------------------------------------------------------ not found

	/** The path names no case (its text is not a case number). */
	/** Investigation records are the enforcement officers' work (403, worded on the error page). */
	public static Refusal recordsForEnforcers() {
		return Refusal.forbidden("enforcement.refused.records");
	}

	/** Measures are recorded by enforcement officers; others may only read them (403). */
	public static Refusal measuresForEnforcers() {
		return Refusal.forbidden("enforcement.refused.measures");
	}

	public static Refusal caseNotFound(String text) {
		return Refusal.notFound("enforcement.refused.caseNotFound", text);
	}

	static Refusal measureNotFound(long measureId) {
		return Refusal.notFound("enforcement.refused.measureNotFound", String.valueOf(measureId));
	}

	static Refusal documentNotFound(long measureId) {
		return Refusal.notFound("enforcement.refused.documentNotFound", String.valueOf(measureId));
	}

	static Refusal disclosureNotFound(long measureId) {
		return Refusal.notFound("enforcement.refused.disclosureNotFound", String.valueOf(measureId));
	}

	static Refusal reinspectionNotFound(long taskId) {
		return Refusal.notFound("enforcement.refused.reinspectionNotFound", String.valueOf(taskId));
	}

	static Refusal exemptionNotFound(String categoryCode) {
		return Refusal.notFound("enforcement.refused.exemptionNotFound", categoryCode);
	}

	static Refusal benchmarkNotFound(String categoryCode, Severity severity) {
		return Refusal.notFound("enforcement.refused.benchmarkNotFound", categoryCode,
				Refusal.term("enforcement.severity." + severity.name()));
	}

	// ------------------------------------------------------------ forbidden

	static Refusal measureOfficersOnly() {
		return Refusal.forbidden("enforcement.refused.measureOfficersOnly");
	}

	/** Investigation records are made by enforcement officers only. */
	public static Refusal recordOfficersOnly() {
		return Refusal.forbidden("enforcement.refused.recordOfficersOnly");
	}

	static Refusal administratorsOnly() {
		return Refusal.forbidden("enforcement.refused.administratorsOnly");
	}

	static Refusal publishersOnly() {
		return Refusal.forbidden("enforcement.refused.publishersOnly");
	}

	static Refusal notYourReinspection(String officer) {
		return Refusal.forbidden("enforcement.refused.notYourReinspection", officer);
	}

	// ------------------------------------------------------------ conflict

	static Refusal alreadyDisclosed() {
		return Refusal.conflict("enforcement.refused.alreadyDisclosed");
	}

	static Refusal alreadyWithdrawn() {
		return Refusal.conflict("enforcement.refused.alreadyWithdrawn");
	}

	static Refusal reinspectionDone() {
		return Refusal.conflict("enforcement.refused.reinspectionDone");
	}
}
