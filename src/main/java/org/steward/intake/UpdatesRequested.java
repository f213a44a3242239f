package org.steward.intake;

import java.time.Instant;

import org.steward.cases.CaseNumber;
import org.steward.cases.TrackingCode;

/**
 * A reporter opted in, at report time, to hear how their case goes — at a mobile number (SMS) or
 * an e-mail address. Published in the report's transaction, once per report (a replayed
 * submission publishes nothing), so whoever keeps the address commits or rolls back with the report.
 *
 * @param address a mainland mobile number or an e-mail address, as checked by intake
 * @param locale  the language the reporter used (a BCP 47 tag)
 * @param joined  the report added its voice to an open case ("me too") rather than opening one
 */
public record UpdatesRequested(CaseNumber caseNumber, TrackingCode trackingCode, String address, String locale,
		boolean joined, Instant at) {
}
