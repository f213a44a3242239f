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
 * </ul>
 * {@code expectedVersion}, when given, makes a concurrent edit answer 409 instead of winning silently.
 */
public record ActionRequest(@Nullable String notes, @Nullable String reason, @Nullable String result,
		@Nullable GeoPoint location, List<Evidence> evidence, @Nullable String target, @Nullable Boolean passed,
		@Nullable Integer workingDays, @Nullable Long expectedVersion) {

	public ActionRequest {
		evidence = List.copyOf(evidence);
	}

	public static ActionRequest empty() {
		return new ActionRequest(null, null, null, null, List.of(), null, null, null, null);
	}
}
