package org.steward.cases;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.territory.GeoPoint;

/**
 * The input of an action; which fields an action needs:
 * <ul>
 * <li>acknowledge: none; arrive: {@code location}; handle: {@code result} (+ notes, evidence)</li>
 * <li>escalate: {@code reason}, {@code target} (SQUAD or COMMAND_CENTRE); reject: {@code reason}</li>
 * <li>reassign: {@code target} (a station code or an officer's username) and {@code reason}</li>
 * <li>verify: {@code passed} (false sends the case back for rework) + notes</li>
 * <li>merge: {@code target} (the case number this one duplicates)</li>
 * <li>extend: {@code workingDays} and {@code reason}; approve-extension: {@code passed}</li>
 * <li>review (after a dissatisfied rating): {@code passed} (true closes again, false reopens for rework)</li>
 * <li>transfer (转办): {@code target} (the outside body's name, at most 100 characters) and {@code reason}</li>
 * </ul>
 * {@code expectedVersion}, when given, makes a concurrent edit answer 409 instead of winning silently.
 */
public record ActionRequest(@Nullable String notes, @Nullable String reason, @Nullable String result,
		@Nullable GeoPoint location, List<Evidence> evidence, @Nullable String target, @Nullable Boolean passed,
		@Nullable Integer workingDays, @Nullable Long expectedVersion) {

	public ActionRequest {
		evidence = List.copyOf(evidence);
	}

	/** The longest text each field's column holds: a longer one is refused before anything is read. */
	static final int MAX_REASON = 1000;

	static final int MAX_NOTES = 2000;

	static final int MAX_RESULT = 1000;

	static final int MAX_TARGET = 100;

	/** Every text longer than its column, named (checked before the case is even loaded). */
	java.util.List<org.steward.refusal.Refusal.FieldError> lengthProblems() {
		java.util.List<org.steward.refusal.Refusal.FieldError> problems = new java.util.ArrayList<>();
		tooLong(problems, "reason", reason, MAX_REASON);
		tooLong(problems, "notes", notes, MAX_NOTES);
		tooLong(problems, "result", result, MAX_RESULT);
		tooLong(problems, "target", target, MAX_TARGET);
		return problems;
	}

	private static void tooLong(java.util.List<org.steward.refusal.Refusal.FieldError> problems, String field,
			@Nullable String text, int max) {
		if (text != null && text.codePointCount(0, text.length()) > max) {
			problems.add(org.steward.refusal.Refusal.FieldError.of(field, "cases.refused.tooLong", max));
		}
	}

	public static ActionRequest empty() {
		return new ActionRequest(null, null, null, null, List.of(), null, null, null, null);
	}
}
