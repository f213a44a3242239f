package org.steward.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases whose deadline has passed and alerts up the ladder: the squad leader as soon as
 * the deadline passes, the command centre when it has passed by a further grace period
 * ({@code steward.cases.command-grace}, 1 hour by default). Safe on several nodes at once: each
 * rung is claimed with a conditional update ({@code … where escalation_level = n}); only the
 * node whose update counts one row publishes {@link DeadlineMissed}.
 */
@Component
class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	private final CaseStore store;

	private final CaseBook book;

	private final Clock clock;

	private final Duration commandGrace;

	DeadlineSweep(CaseStore store, CaseBook book, Clock clock, CasesProperties settings) {
		this.store = store;
		this.book = book;
		this.clock = clock;
		this.commandGrace = settings.commandGrace();
	}

	// transactional here too: sweep() called from this method is not called through the proxy, and
	// without a transaction the escalation claim, its step and the alerts were separate commits, the
	// after-commit listeners of DeadlineMissed never ran, and the before-commit ones read on a
	// connection of their own (a pool deadlock under load, see JdbcAccounts#allCached)
	@Transactional
	@Scheduled(initialDelayString = "${steward.cases.sweep-initial-delay:PT60S}",
			fixedDelayString = "${steward.cases.sweep-interval:PT60S}")
	void scheduled() {
		int alerts = sweep();
		if (alerts > 0) {
			log.info("Deadline sweep raised {} alert(s)", alerts);
		}
	}

	/** One pass; answers how many alerts this node raised. */
	@Transactional
	public int sweep() {
		Instant now = clock.instant();
		int alerts = 0;
		for (Case c : store.overdueBelowLevel(1, now)) {
			alerts += alert(c, 0, 1, DeadlineMissed.Level.SQUAD_LEADER, now);
		}
		for (Case c : store.overdueBelowLevel(2, now.minus(commandGrace))) {
			if (c.escalationLevel == 0) {
				// overdue by more than the grace at the first look (a node was down): the squad first
				alerts += alert(c, 0, 1, DeadlineMissed.Level.SQUAD_LEADER, now);
			}
			alerts += alert(c, 1, 2, DeadlineMissed.Level.COMMAND_CENTRE, now);
		}
		return alerts;
	}

	private int alert(Case c, int from, int to, DeadlineMissed.Level level, Instant now) {
		Instant due = c.dueAt();
		if (due == null || !store.claimEscalation(c.id(), from, to, due)) {
			return 0;
		}
		DeadlineMissed.Deadline deadline = c.status == CaseStatus.DISPATCHED && due.equals(c.acknowledgeBy)
				? DeadlineMissed.Deadline.ACKNOWLEDGE : DeadlineMissed.Deadline.HANDLE;
		long minutesLate = Duration.between(due, now).toMinutes();
		Case.Step step = new Case.Step(now, CaseStep.DEADLINE_MISSED, null, null, c.status, c.status,
				TimelineNote.of(TimelineNote.Code.DEADLINE_MISSED, deadline, due, minutesLate, level), null, List.of());
		store.insertStep(c.id(), step);
		// one event per rung: it redraws the board row (now overdue) and alerts, so nothing else is published
		c.newEvents.add(new Case.Pending(step,
				(n, at, a, s, note) -> new DeadlineMissed(n, at, a, s, note, deadline, level, due, minutesLate)));
		book.publish(c, now);
		return 1;
	}
}
