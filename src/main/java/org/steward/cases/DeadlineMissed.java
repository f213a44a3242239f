package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case's acknowledgement or handling deadline passed. {@code level} says who is alerted:
 * SQUAD_LEADER first, then COMMAND_CENTRE.
 */
public record DeadlineMissed(CaseNumber caseNumber, String deadline, String level, @Nullable String stationCode,
		@Nullable String squadCode, Instant dueAt, Instant detectedAt) {
}
