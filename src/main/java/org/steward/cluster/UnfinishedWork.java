package org.steward.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes what a dead node left unfinished. Every event publication (a board row, a joint task,
 * an audit entry…) is recorded with the change that caused it; a node killed before its listeners
 * ran leaves its publications published or processing for ever. Spring Modulith's staleness
 * monitor ({@code spring.modulith.events.staleness.*}) marks such publications failed once they
 * are older than the threshold, and this job resubmits failed publications on whichever node runs
 * it first: the registry claims each one by a conditional update, so two nodes never both take
 * it. A listener that failed by itself is retried the same way, up to
 * {@code steward.cluster.rescue-attempts} times.
 */
@Component
class UnfinishedWork {

	private static final Logger log = LoggerFactory.getLogger(UnfinishedWork.class);

	private final FailedEventPublications failed;

	private final ClusterProperties settings;

	UnfinishedWork(FailedEventPublications failed, ClusterProperties settings) {
		this.failed = failed;
		this.settings = settings;
	}

	@Scheduled(initialDelayString = "${steward.cluster.rescue-every:PT1M}", fixedDelayString = "${steward.cluster.rescue-every:PT1M}")
	void rescue() {
		if (settings.rescue()) {
			rescue(publication -> true);
		}
	}

	/** Resubmits the failed publications {@code which} selects that have attempts left. */
	void rescue(java.util.function.Predicate<org.springframework.modulith.events.EventPublication> which) {
		try {
			failed.resubmit(ResubmissionOptions.defaults()
				.withBatchSize(200)
				.withFilter(publication -> publication.getCompletionAttempts() < settings.rescueAttempts()
						&& which.test(publication)));
		}
		catch (RuntimeException ex) {
			// the database may be away; the next round tries again
			log.warn("Could not resubmit failed event publications: {}", ex.toString());
		}
	}
}
