package org.steward.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one command that rebuilds analytics from the case tables: the facts of real cases are
 * recounted from {@code case_file} and its timeline, the labelled demo history is kept, and the
 * whole rollup is recounted from the facts. Run it from the admin page (POST
 * {@code /admin/analytics/rebuild}) or at start-up with {@code --steward.analytics.rebuild}.
 */
@Component
class RollupRebuild implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);

	private final FactStore store;

	private final CaseTableRecount recount;

	RollupRebuild(FactStore store, CaseTableRecount recount) {
		this.store = store;
		this.recount = recount;
	}

	/** Rebuilds and answers how many case facts were recounted. */
	@Transactional
	public int rebuild() {
		// streamed in batches: a million cases recount in the memory of one batch (bench/run, -Xmx256m)
		long started = System.nanoTime();
		store.deleteFacts(CaseFact.Source.CASE);
		int[] count = { 0 };
		java.util.Map<RollupKey, Counters> sums = new java.util.TreeMap<>();
		recount.facts(1000, batch -> {
			store.insertAll(batch);
			batch.forEach(fact -> store.add(sums, fact));
			count[0] += batch.size();
		});
		long factsDone = System.nanoTime();
		store.recountRollup(sums);
		log.info("Analytics rebuilt from the case tables: {} cases (facts {} ms, rollup {} ms)", count[0],
				(factsDone - started) / 1_000_000, (System.nanoTime() - factsDone) / 1_000_000);
		return count[0];
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("steward.analytics.rebuild")) {
			rebuild();
		}
	}
}
