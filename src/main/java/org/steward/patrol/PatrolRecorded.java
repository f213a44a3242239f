package org.steward.patrol;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something the patrol module recorded, for the whole-process record: a patrol started or ended, a
 * finding, a grid's class changed, an early sign recorded, visited, closed or turned into a case, a
 * warning raised or acted on. Carries everything the audit entry holds, so no listener reads the
 * patrol module back.
 *
 * @param actor display name of who did it ("system" for a detection run)
 * @param subject what it is about, e.g. {@code patrol:12}, {@code early-sign:3}, {@code warning:7}
 * @param place {@code lat,lng} in WGS-84, a grid code, or null
 * @param details codes and values, {@code key=value; …}
 * @param evidenceHashes SHA-256 of the photos the step kept
 */
public record PatrolRecorded(Instant at, String actor, String subject, Action action, @Nullable String place,
		String details, List<String> evidenceHashes) {

	public PatrolRecorded {
		evidenceHashes = List.copyOf(evidenceHashes);
	}

	/** The kinds of step. */
	public enum Action {
		PATROL_STARTED, PATROL_ENDED, FINDING_CASE, FINDING_ON_THE_SPOT, FINDING_NO_ISSUE, GRID_CLASS_CHANGED,
		SIGN_RECORDED, SIGN_VISITED, SIGN_STOPPED, SIGN_TO_CASE, SIGN_CLEARED, WARNING_RAISED, WARNING_TO_CASE,
		WARNING_DISMISSED
	}
}
