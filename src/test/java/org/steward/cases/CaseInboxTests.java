package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.as;
import static org.steward.cases.CaseTestSupport.report;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.inbox.InboxItem;

/** Overdue alerts raised by the deadline sweep wait in the inbox of whom they were raised to. */
@IntegrationTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = { "steward.cases.sweep-initial-delay=P1D", "steward.cases.command-grace=PT1H" })
class CaseInboxTests {

	@Autowired
	MutableClock clock;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	CaseInbox inbox;

	@Autowired
	Cases cases;

	@Autowired
	CaseCommands commands;

	@Autowired
	Accounts accounts;

	private CurrentUser user(String username) {
		return accounts.byUsername(username).orElseThrow();
	}

	private boolean alerted(String username, CaseNumber number) {
		return inbox.itemsFor(user(username))
			.stream()
			.filter(i -> i.kind().equals(CaseInbox.OVERDUE))
			.map(InboxItem::link)
			.anyMatch(("/cases/" + number.value())::equals);
	}

	@Test
	void overdueAlertsReachTheSquadLeaderThenTheCommandCentreAndLeaveWhenTheDeadlineIsMet() {
		// a month back: the most overdue of all the cases other tests left, so within the listed most urgent
		clock.advance(Duration.ofDays(-30));
		Instant start = clock.instant();
		CaseNumber n = cases.register(report("0502", DEMO_POINT, start)).caseNumber();
		assertThat(alerted("squad.dongfeng", n)).isFalse();
		try {
			clock.advance(Duration.ofMinutes(45)); // past the 30 minutes to report for duty, within the grace
			sweep.sweep();
			assertThat(alerted("squad.dongfeng", n)).isTrue();
			assertThat(alerted("command", n)).isFalse();
			clock.advance(Duration.ofHours(2));
			sweep.sweep();
			assertThat(alerted("command", n)).isTrue();
			assertThat(alerted("station.yuantian", n)).as("not raised to the station head").isFalse();
			// the station sends it back as no case: nothing waits any more
			commands.act(n, CaseAction.REJECT, new ActionRequest(null, "并非占道经营", null, null, java.util.List.of(), null,
					null, null, null), user("station.yuantian"));
			assertThat(alerted("squad.dongfeng", n)).isFalse();
			assertThat(alerted("command", n)).isFalse();
		}
		finally {
			clock.advance(Duration.between(clock.instant(), start).plus(Duration.ofDays(30)));
		}
	}
}
