package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.IntegrationTest;
import org.steward.cases.CaseEvent;

/**
 * The property behind every number analytics shows: after a day of random case events, delivered
 * in any order as concurrent listeners may see them, the incrementally kept rollup equals a full
 * recount from the facts, and each fact equals the one the events give in their true order.
 * A seeded-random loop (jqwik is served, but one more test engine is not worth it here).
 */
@IntegrationTest
class RollupPropertyTests {

	@Autowired
	RollupListener listener;

	@Autowired
	FactStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(longs = { 1L, 7L, 42L, 2026L, 99991L })
	void rollupEqualsAFullRecountAfterADayOfRandomEventsInAnyOrder(long seed) {
		jdbc.sql("delete from analytics_case_fact").update();
		jdbc.sql("delete from analytics_rollup").update();
		List<CaseEvent> events = new CaseDaySimulation(seed, Instant.parse("2026-03-02T00:00:00Z")).run(60,
				(int) (seed % 1000) * 100 + 1);
		Map<String, CaseFact> inOrder = new HashMap<>();
		for (CaseEvent e : events) {
			inOrder.put(e.caseNumber().value(), FactFold.fold(inOrder.get(e.caseNumber().value()), e));
		}
		List<CaseEvent> shuffled = new ArrayList<>(events);
		Collections.shuffle(shuffled, new Random(seed));
		for (CaseEvent e : shuffled) {
			transactions.executeWithoutResult(t -> listener.apply(e));
		}

		assertThat(store.storedRollup()).isEqualTo(store.recount());
		for (CaseFact stored : store.facts(CaseFact.Source.CASE)) {
			CaseFact expected = inOrder.get(stored.caseNumber());
			assertThat(stored.contributions(store.zone())).as(stored.caseNumber())
				.isEqualTo(expected.contributions(store.zone()));
		}
		assertThat(store.count(CaseFact.Source.CASE)).isEqualTo(inOrder.size());
	}
}
