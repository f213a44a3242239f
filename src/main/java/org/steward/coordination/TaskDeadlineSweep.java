package org.steward.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates missed task deadlines like case deadlines: the squad leader as soon as the running
 * deadline passes, the command centre after {@code steward.coordination.command-grace} (1 h),
 * the district's coordination lead after twice that. Each rung is claimed by a conditional
 * update, so on several nodes only one raises each alert. Every alert is recorded against the
 * department.
 */
@Component
class TaskDeadlineSweep {

	static final String[] LEVELS = { "SQUAD_LEADER", "COMMAND_CENTRE", "DISTRICT_COORDINATION_LEAD" };

	private static final Logger log = LoggerFactory.getLogger(TaskDeadlineSweep.class);

	private final TaskStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration grace;

	TaskDeadlineSweep(TaskStore store, ApplicationEventPublisher events, Clock clock,
			CoordinationProperties settings) {
		this.store = store;
		this.events = events;
		this.clock = clock;
		this.grace = settings.commandGrace();
	}

	@Scheduled(initialDelayString = "${steward.coordination.sweep-initial-delay:PT60S}",
			fixedDelayString = "${steward.coordination.sweep-interval:PT60S}")
	void scheduled() {
		int alerts = sweep();
		if (alerts > 0) {
			log.info("Task deadline sweep raised {} alert(s)", alerts);
		}
	}

	/** One pass; answers how many alerts this node raised. */
	@Transactional
	public int sweep() {
		Instant now = clock.instant();
		int alerts = 0;
		for (int level = 1; level <= LEVELS.length; level++) {
			for (Task t : store.overdueBelowLevel(level, now.minus(grace.multipliedBy(level - 1)))) {
				// a node that was down may find a task several rungs late: climb every rung in order
				for (int from = t.escalationLevel; from < level; from++) {
					alerts += alert(t, from, now);
				}
				t.escalationLevel = level;
			}
		}
		return alerts;
	}

	private int alert(Task t, int from, Instant now) {
		Task.Deadline deadline = t.runningDeadline();
		if (deadline == null || !store.claimEscalation(t.id, from, from + 1)) {
			return 0;
		}
		String level = LEVELS[from];
		store.insertMiss(t, deadline.name(), level, deadline.dueAt(), now);
		store.insertStep(t.id, now, "DEADLINE_MISSED", null, null, deadline.name() + " deadline " + deadline.dueAt()
				+ " missed by " + Duration.between(deadline.dueAt(), now).toMinutes() + " min; " + level + " alerted");
		events.publishEvent(new TaskDeadlineMissed(t.id, t.caseNumber, t.departmentCode, deadline.name(), level,
				t.stationCode, t.squadCode, deadline.dueAt(), now));
		events.publishEvent(new TaskChanged(t.id, t.caseNumber, t.departmentCode, "DEADLINE_MISSED", t.state, now));
		return 1;
	}
}
