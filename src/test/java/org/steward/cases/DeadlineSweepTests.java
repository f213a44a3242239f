package org.steward.cases;

import org.steward.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.report;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.steward.EventLog;
import org.steward.IntegrationTest;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

/** The sweep is called by hand with a clock moved by hand; its schedule is pushed out of the way. */
@IntegrationTest
@Import({ MutableClock.Config.class, EventLog.Config.class, DeadlineSweepTests.AfterCommit.class })
@TestPropertySource(properties = { "steward.cases.sweep-initial-delay=P1D", "steward.cases.command-grace=PT1H" })
class DeadlineSweepTests {

	@Autowired
	Cases cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	CaseCommands commands;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	MutableClock clock;

	@Autowired
	EventLog events;

	static final CurrentUser COMMAND = new CurrentUser("command", "指挥中心", java.util.Set.of(Role.COMMAND_CENTRE),
			new DataScope.District("410105"));

	private final Alerts alerts = new Alerts();

	/** What the event log heard about one case: its missed deadlines and its case events. */
	private final class Alerts {

		List<CaseEvent> eventsOf(CaseNumber number) {
			return events.of(CaseEvent.class, e -> e.caseNumber().equals(number));
		}

		List<DeadlineMissed> of(CaseNumber number) {
			return events.of(DeadlineMissed.class, m -> m.caseNumber().equals(number));
		}
	}

	@Autowired
	AfterCommit afterCommit;

	/** Hears missed deadlines only after a commit, as the audit, analytics and the boards' other listeners do. */
	static class AfterCommit {

		private final List<DeadlineMissed> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

		@org.springframework.transaction.event.TransactionalEventListener
		void on(DeadlineMissed missed) {
			heard.add(missed);
		}

		List<DeadlineMissed> heard() {
			return heard;
		}
	}

	@Test
	void theScheduledSweepAlertsInATransactionSoListenersAfterTheCommitHearIt() {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, clock.instant()));
		clock.advance(Duration.ofMinutes(31));

		sweep.scheduled();

		assertThat(afterCommit.heard()).anySatisfy(m -> assertThat(m.caseNumber()).isEqualTo(c.caseNumber()));
	}

	@Test
	void aBacklogIsSweptInPassesOfABatchEachInItsOwnTransaction() {
		List<RegisteredCase> late = new java.util.ArrayList<>();
		for (int i = 0; i < DeadlineSweep.BATCH + 5; i++) {
			late.add(cases.register(report("0502", DEMO_POINT, clock.instant())));
		}
		clock.advance(Duration.ofMinutes(31));

		sweep.sweep();
		// one pass takes one batch, oldest first: the newest of the backlog waits for the next pass
		assertThat(alerts.of(late.getLast().caseNumber())).isEmpty();
		sweep.scheduled();

		assertThat(late).allSatisfy(c -> assertThat(alerts.of(c.caseNumber())).hasSize(1));
	}

	@Test
	void alertsTheSquadLeaderWhenTheDeadlinePassesThenTheCommandCentreAfterTheGrace() {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, clock.instant()));
		assertThat(c.acknowledgeBy()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));

		sweep.sweep();
		assertThat(alerts.of(c.caseNumber())).isEmpty();

		clock.advance(Duration.ofMinutes(31));
		sweep.sweep();
		assertThat(alerts.of(c.caseNumber())).singleElement().satisfies(m -> {
			assertThat(m.level()).isEqualTo(DeadlineMissed.Level.SQUAD_LEADER);
			assertThat(m.deadline()).isEqualTo(DeadlineMissed.Deadline.ACKNOWLEDGE);
			assertThat(m.summary().stationCode()).isEqualTo("yuantian");
			assertThat(m.summary().squadCode()).isEqualTo("dongfeng");
			assertThat(m.summary().overdue()).isTrue();
			assertThat(m.actor()).isNull();
			assertThat(m.dueAt()).isEqualTo(c.acknowledgeBy());
		});
		// one event per missed deadline: nothing else is published, so the board pushes the row once
		assertThat(alerts.eventsOf(c.caseNumber())).extracting(CaseEvent::step)
			.containsExactly(CaseStep.REGISTERED, CaseStep.DEADLINE_MISSED);
		assertThat(queries.search(new CaseFilter(java.util.Set.of(), "yuantian", null, true, null, null, false, null),
				COMMAND, 0, 200).items()).anySatisfy(s -> assertThat(s.caseNumber()).isEqualTo(c.caseNumber()));

		sweep.sweep(); // a second node, or the next run: the rung is already claimed
		assertThat(alerts.of(c.caseNumber())).hasSize(1);

		clock.advance(Duration.ofMinutes(60));
		sweep.sweep();
		assertThat(alerts.of(c.caseNumber())).extracting(DeadlineMissed::level)
			.containsExactly(DeadlineMissed.Level.SQUAD_LEADER, DeadlineMissed.Level.COMMAND_CENTRE);
		sweep.sweep();
		assertThat(alerts.of(c.caseNumber())).hasSize(2);
		assertThat(queries.detail(c.caseNumber(), COMMAND).timeline()).filteredOn(t -> t.action() == CaseStep.DEADLINE_MISSED)
			.hasSize(2);
	}

	@Test
	void leavesACaseAcknowledgedInTimeAloneUntilItsHandlingDeadline() {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, clock.instant()));
		commands.act(c.caseNumber(), CaseAction.ACKNOWLEDGE, ActionRequest.empty(), COMMAND);
		clock.advance(Duration.ofMinutes(45));
		sweep.sweep();
		assertThat(alerts.of(c.caseNumber())).isEmpty();
		clock.advance(Duration.between(clock.instant(), c.handleBy()).plusMinutes(1));
		sweep.sweep();
		assertThat(alerts.of(c.caseNumber())).singleElement()
			.satisfies(m -> assertThat(m.deadline()).isEqualTo(DeadlineMissed.Deadline.HANDLE));
	}
}
