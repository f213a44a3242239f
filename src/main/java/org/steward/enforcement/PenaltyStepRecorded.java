package org.steward.enforcement;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Published at each step of a penalty case — evidence added, decision proposed, legal review,
 * decision issued, decision served — for the whole-process record.
 *
 * @param step EVIDENCE, PROPOSAL, REVIEW, DECISION or SERVICE
 * @param evidenceHashes SHA-256 of the evidence file added at this step, if any
 */
public record PenaltyStepRecorded(long measureId, String caseNumber, String step, String actor, String details,
		List<String> evidenceHashes, @Nullable String documentNumber, Instant at) {

	public PenaltyStepRecorded {
		evidenceHashes = List.copyOf(evidenceHashes);
	}
}
