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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	/** Cases per rung in one pass and transaction. */
	static final int BATCH = 200;

	/** Passes in one scheduled run: at most 2 × 200 × 10 alerts a minute, while a backlog lasts. */
	static final int PASSES_PER_RUN = 10;

	private final TransactionTemplate transactions;

	private final CaseStore store;

	private final CaseBook book;

	private final Clock clock;

	private final Duration commandGrace;

	DeadlineSweep(CaseStore store, CaseBook book, Clock clock, CasesProperties settings,
			PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.store = store;
		this.book = book;
		this.clock = clock;
		this.commandGrace = settings.commandGrace();
	}

	/**
	 * Every minute: passes of at most {@link #BATCH} cases per rung, each in a transaction of its own,
	 * until a pass finds fewer or {@link #PASSES_PER_RUN} passes are done (the next run goes on).
	 * Bounded because every alert is an event with after-commit listeners: one pass over a backlog
	 * (bench/run's million loaded cases, 21,000 of them open and long overdue; or a district's first
	 * import) queued 80,000 listener tasks at once and the node ran out of memory.
	 */
	@Scheduled(initialDelayString = "${steward.cases.sweep-initial-delay:PT60S}",
			fixedDelayString = "${steward.cases.sweep-interval:PT60S}")
	void scheduled() {
		int alerts = 0;
		for (int pass = 0; pass < PASSES_PER_RUN; pass++) {
			Pass done = transactions.execute(tx -> pass());
			alerts += done.alerts();
			if (!done.more()) {
				break;
			}
		}
		if (alerts > 0) {
			log.info("Deadline sweep raised {} alert(s)", alerts);
		}
	}

	/** One pass (at most {@link #BATCH} cases per rung); answers how many alerts this node raised. */
	@Transactional
	public int sweep() {
		return pass().alerts();
	}

	/** What a pass did: its alerts, and whether a rung had a full batch (more may wait). */
	private record Pass(int alerts, boolean more) {
	}

	private Pass pass() {
		Instant now = clock.instant();
		int alerts = 0;
		List<Case> squad = store.overdueBelowLevel(1, now, BATCH);
		for (Case c : squad) {
			alerts += alert(c, 0, 1, DeadlineMissed.Level.SQUAD_LEADER, now);
		}
		List<Case> command = store.overdueBelowLevel(2, now.minus(commandGrace), BATCH);
		for (Case c : command) {
			if (c.escalationLevel == 0) {
				// overdue by more than the grace at the first look (a node was down): the squad first
				alerts += alert(c, 0, 1, DeadlineMissed.Level.SQUAD_LEADER, now);
			}
			alerts += alert(c, 1, 2, DeadlineMissed.Level.COMMAND_CENTRE, now);
		}
		return new Pass(alerts, squad.size() == BATCH || command.size() == BATCH);
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
