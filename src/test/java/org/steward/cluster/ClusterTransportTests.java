package org.steward.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The transport between nodes over the real database: off on H2 (one node), and on PostgreSQL a
 * message another node told arrives here after its sender's commit, never after a rollback, and
 * the listener comes back after its connection breaks (dropping the caches, as it may have missed
 * something). The PostgreSQL cases run in CI's PostgreSQL pass.
 */
@IntegrationTest
class ClusterTransportTests {

	@Autowired
	Nodes nodes;

	@Autowired
	ClusterEar ear;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Heard heard;

	final JsonMapper json = new JsonMapper();

	@BeforeEach
	void forget() {
		heard.events.clear();
	}

	@Test
	void theEmbeddedDatabaseServesOneNodeWithNobodyToTell() {
		assumeThat(postgres()).isFalse();
		assertThat(nodes).isInstanceOf(SingleNode.class);
		assertThat(ear.listener()).isNull();
		nodes.tell(new ReferenceDataChanged(ReferenceDataChanged.Kind.CALENDAR, true));
	}

	@Test
	void aMessageToldByAnotherNodeArrivesHereOnItsCommitAndNotOnRollback() {
		assumeThat(postgres()).isTrue();
		awaitListening();
		ReferenceDataChanged rolledBack = new ReferenceDataChanged(ReferenceDataChanged.Kind.ORGANISATION, true);
		ReferenceDataChanged committed = new ReferenceDataChanged(ReferenceDataChanged.Kind.CATALOGUE, true);

		transactions.executeWithoutResult(tx -> {
			notifyAs("other-node", rolledBack);
			tx.setRollbackOnly();
		});
		transactions.executeWithoutResult(tx -> notifyAs("other-node", committed));

		await().atMost(Duration.ofSeconds(10)).until(() -> heard.events.contains(committed));
		assertThat(heard.events).doesNotContain(rolledBack);
	}

	@Test
	void whatThisNodeTellsGoesOutAndItDoesNotHearItself() throws Exception {
		assumeThat(postgres()).isTrue();
		awaitListening();
		long before = ear.listener().received();
		transactions.executeWithoutResult(tx -> nodes.tell(new ReferenceDataChanged(ReferenceDataChanged.Kind.ORGANISATION, true)));
		// a marker from another node, told after ours: once it is heard, ours would have been too
		ReferenceDataChanged marker = new ReferenceDataChanged(ReferenceDataChanged.Kind.TERRITORY, true);
		transactions.executeWithoutResult(tx -> notifyAs("other-node", marker));

		await().atMost(Duration.ofSeconds(10)).until(() -> heard.events.contains(marker));
		assertThat(heard.events).doesNotContain(new ReferenceDataChanged(ReferenceDataChanged.Kind.ORGANISATION, true));
		assertThat(ear.listener().received() - before).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theListenerListensAgainAfterItsConnectionBreaksAndDropsEveryCache() {
		assumeThat(postgres()).isTrue();
		awaitListening();
		long opened = ear.listener().connectionsOpened();

		ear.listener().breakConnection();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> ear.listener().connectionsOpened() > opened && ear.listener().listening());
		await().atMost(Duration.ofSeconds(5))
			.until(() -> heard.events.containsAll(List.of(ReferenceDataChanged.Kind.values()).stream()
				.map(k -> new ReferenceDataChanged(k, true))
				.toList()));
		ReferenceDataChanged after = new ReferenceDataChanged(ReferenceDataChanged.Kind.CALENDAR, true);
		heard.events.clear();
		transactions.executeWithoutResult(tx -> notifyAs("other-node", after));
		await().atMost(Duration.ofSeconds(10)).until(() -> heard.events.contains(after));
	}

	private void awaitListening() {
		assertThat(nodes).isInstanceOf(PgNotifyNodes.class);
		await().atMost(Duration.ofSeconds(20)).until(() -> ear.listener() != null && ear.listener().listening());
	}

	private void notifyAs(String node, NodeMessage message) {
		jdbc.query("select pg_notify('steward_cluster', ?)", rs -> null, PgNotifyNodes.envelope(json, node, message));
	}

	private boolean postgres() {
		return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(java.util.Locale.ROOT)
			.contains("postgres")));
	}

	@TestConfiguration
	static class Listening {

		@Bean
		Heard heard() {
			return new Heard();
		}
	}

	static class Heard {

		final List<ReferenceDataChanged> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ReferenceDataChanged event) {
			if (event.relayed()) {
				events.add(event);
			}
		}
	}
}
