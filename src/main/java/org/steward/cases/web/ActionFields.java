package org.steward.cases.web;

import java.util.List;
import java.util.Map;

import org.steward.cases.CaseAction;

/**
 * Which inputs each action's form shows, following {@link org.steward.cases.ActionRequest}:
 * the template draws a field by its kind, so the forms cannot drift from this one list.
 */
final class ActionFields {

	/** A form field: the request parameter, and how it is drawn. */
	record Field(String name, String kind, boolean required) {
	}

	private static final Field NOTES = new Field("notes", "textarea", false);

	private static final Field REASON = new Field("reason", "textarea", true);

	private static final Field PASSED = new Field("passed", "yesno", true);

	private static final Map<CaseAction, List<Field>> FIELDS = Map.ofEntries(
			Map.entry(CaseAction.ACKNOWLEDGE, List.of()),
			// "before" photos go with the arrival (multipart) too: the template puts their camera button beside
			// the map button, so the primary action stays on a phone's first screen
			Map.entry(CaseAction.ARRIVE, List.of(new Field("location", "geolocation", false))),
			// after-photos go with the form (multipart) to the evidence module, which stores them first
			Map.entry(CaseAction.HANDLE, List.of(new Field("result", "text", true), NOTES, new Field("photos", "photos", false))),
			Map.entry(CaseAction.ESCALATE, List.of(REASON, new Field("target", "escalationTarget", true))),
			Map.entry(CaseAction.REASSIGN, List.of(new Field("target", "reassignTarget", true), REASON)),
			Map.entry(CaseAction.VERIFY, List.of(PASSED, NOTES)),
			Map.entry(CaseAction.REJECT, List.of(REASON)),
			Map.entry(CaseAction.MERGE, List.of(new Field("target", "caseNumber", true))),
			Map.entry(CaseAction.EXTEND, List.of(new Field("workingDays", "number", true), REASON)),
			Map.entry(CaseAction.APPROVE_EXTENSION, List.of(PASSED)),
			Map.entry(CaseAction.REVIEW, List.of(PASSED, NOTES)),
			Map.entry(CaseAction.TRANSFER, List.of(new Field("target", "transferBody", true), REASON)));

	private ActionFields() {
	}

	static List<Field> of(CaseAction action) {
		return FIELDS.getOrDefault(action, List.of());
	}
}
