package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case's acknowledgement or handling deadline passed: one event per rung of the alert ladder,
 * {@code level} says who is alerted (the squad leader first, then the command centre). The
 * summary shows the case as overdue, so a board redraws its row from this event alone.
 */
public record DeadlineMissed(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, Deadline deadline, Level level, Instant dueAt, long minutesLate) implements CaseEvent {

	/** Which deadline passed. */
	public enum Deadline {
		ACKNOWLEDGE, HANDLE
	}

	/** Who is alerted. */
	public enum Level {
		SQUAD_LEADER, COMMAND_CENTRE
	}

	@Override
	public CaseStep step() {
		return CaseStep.DEADLINE_MISSED;
	}
}
