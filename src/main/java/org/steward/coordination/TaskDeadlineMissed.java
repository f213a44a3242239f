package org.steward.coordination;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A department missed a task deadline. {@code level} says who is alerted: SQUAD_LEADER, then
 * COMMAND_CENTRE, then DISTRICT_COORDINATION_LEAD. The miss is also recorded against the department.
 *
 * @param deadline ACKNOWLEDGE or HANDLE
 */
public record TaskDeadlineMissed(long taskId, String caseNumber, String departmentCode, String deadline, String level,
		@Nullable String stationCode, @Nullable String squadCode, Instant dueAt, Instant detectedAt) {
}
