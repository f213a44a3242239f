package org.steward.enforcement;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Published when an officer records a measure on a case, or when a re-inspection of a correction
 * order is done (then {@code type} is {@code REINSPECTION}). The whole-process record listens to it.
 *
 * @param type the measure's type name, e.g. EDUCATION, RECTIFICATION_ORDER, PENALTY_CASE, REINSPECTION
 */
public record MeasureRecorded(long measureId, String caseNumber, long partyId, String type, String recordedBy,
		List<String> officers, @Nullable String notes, @Nullable String reason, @Nullable String documentNumber,
		Instant at) {

	public MeasureRecorded {
		officers = List.copyOf(officers);
	}
}
