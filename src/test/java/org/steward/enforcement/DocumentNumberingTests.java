package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.IntegrationTest;

/** Officers of one squad issuing documents at the same moment never get the same number. */
@IntegrationTest
class DocumentNumberingTests {

	@Autowired
	DocumentNumbering numbering;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void numbersConcurrentFirstDocumentsOfAYearWithoutGapsOrDuplicates() throws Exception {
		String kind = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> issues = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				issues.add(() -> transactions.execute(tx -> numbering.nextSeq(kind, "dongfeng", 2026)));
			}
			Set<Integer> numbers = new TreeSet<>();
			for (Future<Integer> f : pool.invokeAll(issues)) {
				numbers.add(f.get());
			}
			assertThat(numbers).containsExactly(1, 2, 3, 4);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(numbering.number("检", "dongfeng", 2026, 5)).isEqualTo("金城管东风检〔2026〕5号");
	}
}
