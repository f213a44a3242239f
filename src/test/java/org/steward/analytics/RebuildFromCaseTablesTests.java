package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.IntegrationTest;
import org.steward.cases.ActionRequest;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;
import org.steward.cases.Channel;
import org.steward.cases.NewReport;
import org.steward.cases.Rating;
import org.steward.cases.RegisteredCase;
import org.steward.catalog.Urgency;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.territory.GeoPoint;

/**
 * Real cases through the cases module: the facts the listener keeps from their events equal the
 * facts the rebuild recounts from the case tables, and after the rebuild the rollup equals a full
 * recount.
 */
@IntegrationTest
class RebuildFromCaseTablesTests {

	static final GeoPoint YUANTIAN = new GeoPoint(34.7985, 113.6830);

	static final CurrentUser OFFICER = new CurrentUser("officer.yuantian1", "园田队员 李强", Set.of(Role.OFFICER),
			new DataScope.Station("yuantian"));

	static final CurrentUser HEAD = new CurrentUser("station.yuantian", "园田站长 张伟", Set.of(Role.STATION_HEAD),
			new DataScope.Station("yuantian"));

	static final CurrentUser LEADER = new CurrentUser("squad.dongfeng", "东风路中队长 吴刚", Set.of(Role.SQUAD_LEADER),
			new DataScope.Squad("dongfeng"));

	@Autowired
	Cases cases;

	@Autowired
	CaseCommands commands;

	@Autowired
	FactStore store;

	@Autowired
	RollupRebuild rebuild;

	@Autowired
	JdbcClient jdbc;

	RegisteredCase register() {
		return cases.register(new NewReport(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
				Channel.WHISTLE, "0502", "统计测试", YUANTIAN, "园田路 1 号", Urgency.NORMAL, null, null, List.of(),
				Instant.now()));
	}

	void act(RegisteredCase c, CaseAction action, CurrentUser who, ActionRequest request) {
		commands.act(c.caseNumber(), action, request, who);
	}

	static ActionRequest req(String reason, String result, GeoPoint where, String target, Boolean passed, Integer days) {
		return new ActionRequest(null, reason, result, where, List.of(), target, passed, days, null);
	}

	void work(RegisteredCase c, boolean close) {
		act(c, CaseAction.ACKNOWLEDGE, OFFICER, ActionRequest.empty());
		act(c, CaseAction.ARRIVE, OFFICER, req(null, null, YUANTIAN, null, null, null));
		act(c, CaseAction.HANDLE, OFFICER, req(null, "已劝离", null, null, null, null));
		if (close) {
			act(c, CaseAction.VERIFY, HEAD, req(null, null, null, null, true, null));
		}
	}

	@Test
	void factsFromTheEventsEqualTheRecountFromTheCaseTables() {
		List<RegisteredCase> mine = new ArrayList<>();
		RegisteredCase closedAndRated = register();
		work(closedAndRated, true);
		commands.rate(closedAndRated.trackingCode(), Rating.SATISFIED, "好");
		mine.add(closedAndRated);

		RegisteredCase reworked = register();
		work(reworked, false);
		act(reworked, CaseAction.VERIFY, HEAD, req(null, null, null, null, false, null));
		act(reworked, CaseAction.ARRIVE, OFFICER, req(null, null, YUANTIAN, null, null, null));
		act(reworked, CaseAction.HANDLE, OFFICER, req(null, "已拆除", null, null, null, null));
		act(reworked, CaseAction.VERIFY, HEAD, req(null, null, null, null, true, null));
		mine.add(reworked);

		RegisteredCase dismissed = register();
		act(dismissed, CaseAction.REJECT, HEAD, req("不属于城管职责", null, null, null, null, null));
		mine.add(dismissed);

		RegisteredCase escalated = register();
		act(escalated, CaseAction.ESCALATE, HEAD, req("需多部门", null, null, "COMMAND_CENTRE", null, null));
		act(escalated, CaseAction.REASSIGN, LEADER, req("退回园田站", null, null, "yuantian", null, null));
		act(escalated, CaseAction.ACKNOWLEDGE, OFFICER, ActionRequest.empty());
		mine.add(escalated);

		RegisteredCase extended = register();
		act(extended, CaseAction.ACKNOWLEDGE, OFFICER, ActionRequest.empty());
		act(extended, CaseAction.EXTEND, OFFICER, req("雨天", null, null, null, null, 3));
		act(extended, CaseAction.APPROVE_EXTENSION, LEADER, req(null, null, null, null, true, null));
		mine.add(extended);

		RegisteredCase reopened = register();
		work(reopened, true);
		commands.rate(reopened.trackingCode(), Rating.DISSATISFIED, "没修好");
		act(reopened, CaseAction.REVIEW, LEADER, req(null, null, null, null, false, null));
		mine.add(reopened);

		mine.add(register());

		// other test classes share the database and may leave publications of their own incomplete
		for (RegisteredCase c : mine) {
			Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc
				.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
				.param("%" + c.caseNumber().value() + "%")
				.query(Long.class)
				.single()).as(c.caseNumber().value()).isZero());
		}
		Map<String, List<CaseFact.Contribution>> fromEvents = contributions(mine);
		assertThat(fromEvents).hasSize(mine.size());

		rebuild.rebuild();
		assertThat(contributions(mine)).isEqualTo(fromEvents);
		assertThat(store.storedRollup()).isEqualTo(store.recount());
	}

	Map<String, List<CaseFact.Contribution>> contributions(List<RegisteredCase> mine) {
		Set<String> numbers = new java.util.HashSet<>();
		mine.stream().map(RegisteredCase::caseNumber).map(CaseNumber::value).forEach(numbers::add);
		Map<String, List<CaseFact.Contribution>> out = new HashMap<>();
		for (CaseFact f : store.facts(CaseFact.Source.CASE)) {
			if (numbers.contains(f.caseNumber())) {
				out.put(f.caseNumber(), f.contributions(store.zone()));
			}
		}
		return out;
	}
}
