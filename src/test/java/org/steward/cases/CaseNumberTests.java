package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.command;
import static org.steward.cases.CaseTestSupport.report;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.IntegrationTest;
import org.steward.identity.DataScope;

/**
 * Case numbers drawn from per-district-year sequences (ADR 0005) and the capped list total, on H2
 * and, in CI's integration pass, on PostgreSQL.
 */
@IntegrationTest
class CaseNumberTests {

	static final int THREADS = 16;

	static final int EACH = 8;

	@Autowired
	Cases cases;

	@Autowired
	CaseNumbers numbers;

	@Autowired
	CaseStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** A district-year no other test (or earlier run against the same database) has used. */
	static String freshDistrict() {
		return "4" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
	}

	static int freshYear() {
		return ThreadLocalRandom.current().nextInt(2100, 9999);
	}

	@Test
	void givesEachOfManySimultaneousRegistrationsItsOwnNumber() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<CaseNumber>>> futures = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
			for (int t = 0; t < THREADS; t++) {
				futures.add(pool.submit(() -> {
					start.await();
					List<CaseNumber> mine = new ArrayList<>();
					for (int i = 0; i < EACH; i++) {
						mine.add(cases.register(report("0502", DEMO_POINT, Instant.now())).caseNumber());
					}
					return mine;
				}));
			}
			start.countDown();
			List<CaseNumber> all = new ArrayList<>();
			for (Future<List<CaseNumber>> f : futures) {
				all.addAll(f.get(120, TimeUnit.SECONDS));
			}
			Set<CaseNumber> distinct = new HashSet<>(all);
			assertThat(distinct).hasSize(THREADS * EACH);
			assertThat(all).allSatisfy(n -> assertThat(n.value()).matches("410105-\\d{4}-\\d{6}"));
			Integer stored = jdbc.sql("select count(distinct case_number) from case_file where case_number in (:n)")
				.param("n", all.stream().map(CaseNumber::value).toList())
				.query(Integer.class)
				.single();
			assertThat(stored).isEqualTo(THREADS * EACH);
		}
	}

	@Test
	void startsANewDistrictYearAfterTheHighestNumberAlreadyStored() {
		String district = freshDistrict();
		int year = freshYear();
		Case imported = CaseTests.dispatched();
		imported.number = CaseNumber.of(district, year, 41);
		imported.trackingCode = TrackingCode.random();
		imported.reportId = CaseTestSupport.reportId();
		imported.districtCode = district;
		// closed and outside every station: no other test's list or deadline sweep meets it
		imported.status = CaseStatus.CLOSED;
		imported.stationCode = null;
		imported.squadCode = null;
		transactions.executeWithoutResult(tx -> store.insert(imported));

		CaseNumber first = transactions.execute(tx -> numbers.next(district, year));
		CaseNumber second = transactions.execute(tx -> numbers.next(district, year));

		assertThat(first.value()).isEqualTo(district + "-" + year + "-000042");
		assertThat(second.value()).isEqualTo(district + "-" + year + "-000043");
	}

	@Test
	void neverHandsOutANumberTwiceEvenWhenTheRegistrationThatDrewItRollsBack() {
		String district = freshDistrict();
		int year = freshYear();
		CaseNumber committed = transactions.execute(tx -> numbers.next(district, year));
		CaseNumber rolledBack = transactions.execute(tx -> {
			CaseNumber n = numbers.next(district, year);
			tx.setRollbackOnly();
			return n;
		});
		CaseNumber next = transactions.execute(tx -> numbers.next(district, year));

		// the gap ADR 0005 accepts: 000002 was drawn, never committed, never shown to anyone
		assertThat(committed.value()).isEqualTo(district + "-" + year + "-000001");
		assertThat(rolledBack.value()).isEqualTo(district + "-" + year + "-000002");
		assertThat(next.value()).isEqualTo(district + "-" + year + "-000003");
	}

	@Test
	void countsAListOnlyUpToTheLimitAndSaysTheTotalIsALowerBound() {
		Instant since = Instant.now().minusSeconds(1);
		for (int i = 0; i < 5; i++) {
			cases.register(report("0502", DEMO_POINT, Instant.now()));
		}
		CaseFilter mine = new CaseFilter(Set.of(), null, "0502", null, since, null, false, null);
		DataScope district = new DataScope.District("410105");

		CaseStore.SearchResult capped = transactions.execute(tx -> store.search(mine, district, java.util.List.of(), Instant.now(), 0, 2, 3));
		CaseStore.SearchResult exact = transactions.execute(tx -> store.search(mine, district, java.util.List.of(), Instant.now(), 0, 2, 10_000));
		CaseStore.SearchResult deep = transactions.execute(tx -> store.search(mine, district, java.util.List.of(), Instant.now(), 2, 2, 3));

		assertThat(capped.total()).isEqualTo(3);
		assertThat(capped.totalIsLowerBound()).isTrue();
		assertThat(capped.items()).hasSize(2);
		assertThat(exact.total()).isGreaterThanOrEqualTo(5);
		assertThat(exact.totalIsLowerBound()).isFalse();
		// paging past the limit: the total is at least what the pages so far have shown
		assertThat(deep.total()).isGreaterThanOrEqualTo(4);
		assertThat(deep.totalIsLowerBound()).isTrue();
	}

	@Test
	void answersTheListApiWithAnExactTotalBelowTheLimit() throws Exception {
		mvc.perform(get("/api/v1/cases").param("station", "huanghe").param("status", "REJECTED").with(command()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalIsLowerBound").value(false))
			.andExpect(jsonPath("$.total").isNumber());
	}
}
