package org.steward.coordination;

import java.time.Instant;

/**
 * Published whenever a department task is created or changes state, after which the joint board
 * redraws its row.
 *
 * @param change CREATED, ACKNOWLEDGE, PROGRESS, COMPLETE, DECLINE, DECLINE_APPROVED, DECLINE_REFUSED, DEADLINE_MISSED
 */
public record TaskChanged(long taskId, String caseNumber, String departmentCode, String change, TaskState state,
		Instant at) {
}
