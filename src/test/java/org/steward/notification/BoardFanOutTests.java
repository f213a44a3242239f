package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.ServerVisitor;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.web.CaseSamples;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Board rows on every node (PostgreSQL, CI's integration pass): a row another node tells about
 * reaches this node's subscribers under the id it was given there, and a case change here is
 * told to the other nodes once its board listener commits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
class BoardFanOutTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@Autowired
	org.steward.cluster.Nodes nodes;

	final JsonMapper json = new JsonMapper();

	final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	Stream<String> stream;

	@AfterEach
	void closeStream() {
		if (stream != null) {
			stream.close();
		}
	}

	@Test
	void aRowToldByAnotherNodeReachesThisNodesBoardUnderTheSameId() throws Exception {
		assumeThat(postgres()).isTrue();
		await().atMost(Duration.ofSeconds(20)).until(this::listening);
		CaseSummary summary = CaseSamples.summary("410105-2026-910001", CaseStatus.DISPATCHED, "yuantian", clock.instant());
		subscribe(ServerVisitor.signIn("http://localhost:" + port, "officer.yuantian1"), "/boards/stations/yuantian/stream");

		transactions.executeWithoutResult(tx -> jdbc.query("select pg_notify('steward_cluster', ?)", rs -> null,
				envelope("another-node", new CaseRowRelayed("410105-2026-910001", summary))));

		String event = nextEvent();
		assertThat(event).contains("event:case").contains("id:410105-2026-910001").contains("<tr id=\"case-410105-2026-910001\"");
	}

	@Test
	void aCaseChangedHereIsToldToTheOtherNodesWithItsRow() throws Exception {
		assumeThat(postgres()).isTrue();
		CaseSummary summary = CaseSamples.summary("410105-2026-910002", CaseStatus.ACKNOWLEDGED, "yuantian", clock.instant());
		try (Connection ear = org.springframework.boot.jdbc.DataSourceBuilder.derivedFrom(dataSource)
			.type(org.springframework.jdbc.datasource.SimpleDriverDataSource.class)
			.build()
			.getConnection(); Statement statement = ear.createStatement()) {
			statement.execute("LISTEN steward_cluster");

			transactions.executeWithoutResult(tx -> events.publishEvent(BoardStreamTests.changed(summary)));

			PGConnection pg = ear.unwrap(PGConnection.class);
			String heard = null;
			long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			while (heard == null && System.nanoTime() < until) {
				PGNotification[] notifications = pg.getNotifications(1000);
				if (notifications != null) {
					for (PGNotification n : notifications) {
						if (n.getParameter().contains("CaseRowRelayed") && n.getParameter().contains("410105-2026-910002")) {
							heard = n.getParameter();
						}
					}
				}
			}
			assertThat(heard).as("a CaseRowRelayed notification within 15 s").isNotNull();
			assertThat(json.readTree(heard).path("body").path("id").asString()).isEqualTo("410105-2026-910002@" + summary.version());
		}
	}

	private String envelope(String from, Object message) {
		ObjectNode envelope = json.createObjectNode();
		envelope.put("from", from);
		envelope.put("type", message.getClass().getName());
		envelope.set("body", json.valueToTree(message));
		return json.writeValueAsString(envelope);
	}

	private boolean listening() {
		// this node's listening connection, named after the node
		Integer n = jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ?",
				Integer.class, "steward-listener " + nodes.self());
		return n != null && n == 1;
	}

	private boolean postgres() {
		return Boolean.TRUE.equals(jdbc.execute((Connection c) -> c.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres")));
	}

	private void subscribe(HttpClient client, String path) throws Exception {
		HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		stream = response.body();
		Thread.ofVirtual().start(() -> {
			try {
				stream.forEach(lines::add);
			}
			catch (RuntimeException closed) {
				// the test closed the stream
			}
		});
		assertThat(lines.poll(15, TimeUnit.SECONDS)).startsWith(":");
	}

	private String nextEvent() throws InterruptedException {
		StringBuilder event = new StringBuilder();
		while (true) {
			String line = lines.poll(15, TimeUnit.SECONDS);
			assertThat(line).as("an event within 15 s").isNotNull();
			if (line.isEmpty()) {
				if (event.toString().contains("event:")) {
					return event.toString();
				}
				event.setLength(0);
				continue;
			}
			if (!line.startsWith(":")) {
				event.append(line).append('\n');
			}
		}
	}
}
