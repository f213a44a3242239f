package org.steward.enforcement;

import java.time.Instant;
import java.util.List;

/**
 * Published when officers make an on-site inspection record or an inquiry record; the
 * whole-process record enters it with the SHA-256 of the document's text as its evidence hash.
 *
 * @param kind INSPECTION or INQUIRY
 */
public record EnforcementRecordMade(long recordId, String caseNumber, long partyId, String kind, String documentNumber,
		String recordedBy, List<String> officers, String place, String contentSha256, Instant at) {

	public EnforcementRecordMade {
		officers = List.copyOf(officers);
	}
}
