package org.steward.enforcement;

import java.time.Instant;

/**
 * A correction order's deadline passed and its re-inspection (复查) is now due: raised once, by the
 * node whose sweep inserted the task. {@code officer} is the username of the officer named first on
 * the order, who re-inspects.
 */
public record ReinspectionDue(long reinspectionId, long measureId, String caseNumber, String officer, Instant dueAt,
		Instant at) {
}
