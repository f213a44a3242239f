package org.steward.cases;

/** Where a case stands. CLOSED, REJECTED, MERGED and TRANSFERRED are final (a dissatisfied rating reopens a CLOSED case for review). */
public enum CaseStatus {
	/** Routed to the responsible station's on-duty officers; waiting for one to report for duty. */
	DISPATCHED,
	/** An officer has reported for duty (报到). */
	ACKNOWLEDGED,
	/** An officer is on the spot. */
	ON_SITE,
	/** Handled; waiting for verification. */
	HANDLED,
	/** Verified and closed. */
	CLOSED,
	/** Not a valid case, with the reason. */
	REJECTED,
	/** A duplicate of another case, which carries on. */
	MERGED,
	/** Sent up (squad, command centre) with a reason, including reports no station may handle. */
	ESCALATED,
	/** Transferred out (转办) to a named body outside the stations, with a reason; it left the queue. */
	TRANSFERRED
}
