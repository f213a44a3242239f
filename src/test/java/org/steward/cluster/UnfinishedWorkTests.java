package org.steward.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.IntegrationTest;

/**
 * A dead node's unfinished work is done by a live one: a publication left "processing" (as a
 * node killed mid-listener leaves it) is marked failed by the staleness monitor once it is older
 * than the threshold and resubmitted here; a listener that failed is retried the same way.
 * Only this test's own probe events are resubmitted (test contexts share one database).
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.modulith.events.staleness.published=PT3S",
		"spring.modulith.events.staleness.processing=PT3S", "spring.modulith.events.staleness.resubmitted=PT3S",
		"spring.modulith.events.staleness.check-interval=PT1S" })
class UnfinishedWorkTests {

	@Autowired
	UnfinishedWork work;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProbeListener listener;

	@Test
	void aPublicationADeadNodeLeftProcessingIsCompletedHereAfterTheStalenessThreshold() {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(id)));
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(id));
		int before = listener.handled(id);
		// as a node killed inside the listener leaves it: processing, never completed, an hour old
		jdbc.update("update event_publication set status = 'PROCESSING', completion_date = null, publication_date = ?"
				+ " where serialized_event like ?", Timestamp.from(Instant.now().minus(Duration.ofHours(1))), "%" + id + "%");

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			work.rescue(p -> p.getEvent() instanceof Probe probe && probe.id().equals(id));
			return completed(id) && listener.handled(id) > before;
		});
		assertThat(listener.handled(id)).isEqualTo(before + 1);
	}

	@Test
	void aListenerThatFailedIsRetried() {
		String id = "fail-once-" + UUID.randomUUID();
		transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(id)));
		await().atMost(Duration.ofSeconds(20)).until(() -> listener.attempts(id) == 1);
		assertThat(completed(id)).isFalse();

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			work.rescue(p -> p.getEvent() instanceof Probe probe && probe.id().equals(id));
			return completed(id);
		});
		assertThat(listener.handled(id)).isEqualTo(1);
	}

	private boolean completed(String id) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select count(*) = 1 from event_publication where serialized_event like ? and completion_date is not null",
				Boolean.class, "%" + id + "%"));
	}

	record Probe(String id) {
	}

	static class ProbeListener {

		final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(Probe probe) {
			int attempt = attempts.computeIfAbsent(probe.id(), k -> new AtomicInteger()).incrementAndGet();
			if (probe.id().startsWith("fail-once-") && attempt == 1) {
				throw new IllegalStateException("the first attempt fails");
			}
			handled.computeIfAbsent(probe.id(), k -> new AtomicInteger()).incrementAndGet();
		}

		int attempts(String id) {
			return attempts.getOrDefault(id, new AtomicInteger()).get();
		}

		int handled(String id) {
			return handled.getOrDefault(id, new AtomicInteger()).get();
		}
	}

	@TestConfiguration
	static class Probes {

		@Bean
		ProbeListener probeListener() {
			return new ProbeListener();
		}
	}
}
