package org.steward.inspection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something the inspection module recorded, for the whole-process record: a checklist edited, a point
 * added, a round with its score, a failed item turned into a rectification case. Carries what the audit
 * entry holds.
 *
 * @param subject e.g. {@code inspection-round:4}, {@code checklist:BACK_STREET}
 * @param details {@code key=value; …}
 */
public record InspectionRecorded(Instant at, String actor, String subject, String action, @Nullable String place,
		String details, List<String> evidenceHashes) {

	public InspectionRecorded {
		evidenceHashes = List.copyOf(evidenceHashes);
	}
}
