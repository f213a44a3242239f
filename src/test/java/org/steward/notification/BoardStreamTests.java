package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.ServerVisitor;
import org.steward.cases.CaseAcknowledged;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.DeadlineMissed;
import org.steward.cases.TimelineNote;
import org.steward.cases.web.CaseSamples;

/**
 * The live board's event stream over real HTTP: a signed-in officer subscribes to their
 * station; a change of one of its cases arrives as a {@code case} event, one of another
 * station's does not, and other stations' streams are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
class BoardStreamTests {

	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	CaseCommands commands;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	BoardListener listener;

	@Autowired
	Clock clock;

	@Autowired
	BoardEmitters emitters;

	final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	Stream<String> stream;

	@AfterEach
	void closeStream() {
		if (stream != null) {
			stream.close();
		}
	}

	@Test
	void aCommittedChangeOfAYuantianCaseReachesTheYuantianBoard() throws Exception {
		CaseSummary summary = CaseSamples.summary("410105-2026-900001", CaseStatus.DISPATCHED, "yuantian", clock.instant());
		subscribe(ServerVisitor.signIn("http://localhost:" + port, "officer.yuantian1"), "/boards/stations/yuantian/stream");

		transactions.executeWithoutResult(tx -> events.publishEvent(changed(summary)));

		String event = nextEvent();
		assertThat(event).contains("event:case").contains("id:410105-2026-900001");
		assertThat(event).contains("<tr id=\"case-410105-2026-900001\"").contains("hx-swap-oob=\"afterbegin:#board-rows\"");
		assertThat(event).contains("私搭乱建").contains("data-deadline=\"" + summary.acknowledgeBy() + "\"");
		assertThat(event).contains("<td>园田社区执法服务站</td>");
	}

	@Test
	void aChangeRolledBackNeverReachesTheBoard() throws Exception {
		CaseSummary undone = CaseSamples.summary("410105-2026-900006", CaseStatus.DISPATCHED, "yuantian", clock.instant());
		CaseSummary kept = CaseSamples.summary("410105-2026-900007", CaseStatus.DISPATCHED, "yuantian", clock.instant());
		subscribe(ServerVisitor.signIn("http://localhost:" + port, "officer.yuantian1"), "/boards/stations/yuantian/stream");

		transactions.executeWithoutResult(tx -> {
			events.publishEvent(changed(undone));
			tx.setRollbackOnly();
		});
		transactions.executeWithoutResult(tx -> events.publishEvent(changed(kept)));

		// the board hears only what committed: the first row to arrive is the kept one
		assertThat(nextEvent()).contains("id:410105-2026-900007").doesNotContain("900006");
	}

	@Test
	void aChangeAtAnotherStationIsNotPushedToThisBoard() throws Exception {
		CaseNumber elsewhere = new CaseNumber("410105-2026-900002");
		CaseSummary here = CaseSamples.summary("410105-2026-900003", CaseStatus.ACKNOWLEDGED, "yuantian", clock.instant());
		subscribe(ServerVisitor.signIn("http://localhost:" + port, "officer.yuantian1"), "/boards/stations/yuantian/stream");

		// Called directly, in order, so the first event that arrives tells whether the other one leaked.
		listener.on(changed(CaseSamples.summary(elsewhere.value(), CaseStatus.DISPATCHED, "guanhutun", clock.instant())));
		listener.on(changed(here));

		String event = nextEvent();
		assertThat(event).contains("id:410105-2026-900003").doesNotContain("900002");
	}

	@Test
	void aMissedDeadlineRedrawsTheRowAsOverdueOnTheCommandBoard() throws Exception {
		CaseSummary late = CaseSamples.summary("410105-2026-900005", CaseStatus.DISPATCHED, "yuantian",
				clock.instant().minus(Duration.ofHours(1)));
		CaseSummary overdue = new CaseSummary(late.caseNumber(), late.trackingCode(), late.status(), late.categoryCode(),
				late.categoryNameZh(), late.categoryNameEn(), late.gridCode(), late.stationCode(), late.squadCode(),
				late.communityCode(), late.address(), late.lat(), late.lng(), late.urgency(), late.registeredAt(),
				late.acknowledgeBy(), late.handleBy(), true, 0, 6L);
		subscribe(ServerVisitor.signIn("http://localhost:" + port, "command"), "/boards/command/stream");

		listener.on(new DeadlineMissed(overdue.caseNumber(), clock.instant(), null, overdue,
				TimelineNote.of(TimelineNote.Code.DEADLINE_MISSED, "ACKNOWLEDGE", overdue.acknowledgeBy(), 60,
						"SQUAD_LEADER"),
				DeadlineMissed.Deadline.ACKNOWLEDGE, DeadlineMissed.Level.SQUAD_LEADER, overdue.acknowledgeBy(), 60));

		String event = nextEvent();
		assertThat(event).contains("id:410105-2026-900005").contains("table-danger").contains("超时 ");
	}

	@Test
	void refusesTheStreamOfAStationOutsideTheScopeAndTheCommandStreamToOfficers() throws Exception {
		HttpClient client = ServerVisitor.signIn("http://localhost:" + port, "officer.yuantian1");
		assertThat(get(client, "/boards/stations/guanhutun/stream").statusCode()).isEqualTo(403);
		assertThat(get(client, "/boards/command/stream").statusCode()).isEqualTo(403);
		assertThat(get(client, "/boards/stations/nowhere/stream").statusCode()).isEqualTo(404);
	}

	@Test
	void theBoardPageShowsTheStationsOpenCasesAndConnectsToItsStream() throws Exception {
		CaseSummary open = CaseSamples.summary("410105-2026-900004", CaseStatus.DISPATCHED, "yuantian", clock.instant());
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(CaseSamples.page(open));
		HttpResponse<String> page = get(ServerVisitor.signIn("http://localhost:" + port, "station.yuantian"), "/boards/stations/yuantian");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"board-rows\"")
			.contains("<tr id=\"case-410105-2026-900004\"")
			.contains("sse-connect=\"/boards/stations/yuantian/stream")
			.contains("还剩 ");
	}

	@Test
	void aBrowserReconnectingWithLastEventIdIsSentExactlyTheRowsItMissed() throws Exception {
		String board = BoardEmitters.station("yuantian");
		// someone keeps watching the board while the browser below is away
		org.springframework.web.servlet.mvc.method.annotation.SseEmitter watcher = emitters.subscribe(board,
				java.util.Locale.SIMPLIFIED_CHINESE);
		String seen = BoardEmitters.eventId("410105-2026-900011", 4);
		emitters.push(java.util.Set.of(board), "case", seen, locale -> "<tr id=\"case-410105-2026-900011\"></tr>");
		emitters.push(java.util.Set.of(board), "case", BoardEmitters.eventId("410105-2026-900012", 1),
				locale -> "<tr id=\"case-410105-2026-900012\"></tr>");
		emitters.push(java.util.Set.of(board), "case", BoardEmitters.eventId("410105-2026-900011", 5),
				locale -> "<tr id=\"case-410105-2026-900011\"></tr>");

		subscribe(ServerVisitor.signIn("http://localhost:" + port, "officer.yuantian1"), "/boards/stations/yuantian/stream",
				seen);

		assertThat(nextEvent()).contains("id:410105-2026-900012@1");
		assertThat(nextEvent()).contains("id:410105-2026-900011@5");
		watcher.complete();
	}

	@Test
	void aBrowserWhoseLastEventIsNoLongerKeptIsToldToReRender() throws Exception {
		subscribe(ServerVisitor.signIn("http://localhost:" + port, "officer.yuantian1"), "/boards/stations/yuantian/stream",
				"410105-2026-999999@1");
		assertThat(nextEvent()).contains("event:reset").contains("data:reload");
	}

	/** An event about the case as {@code summary} shows it: the board draws the row from it alone. */
	static CaseEvent changed(CaseSummary summary) {
		return new CaseAcknowledged(summary.caseNumber(), java.time.Instant.parse("2026-11-26T08:00:00Z"), "刘洋",
				summary, TimelineNote.text(null));
	}

	private void subscribe(HttpClient client, String path) throws Exception {
		subscribe(client, path, null);
	}

	private void subscribe(HttpClient client, String path, @org.jspecify.annotations.Nullable String lastEventId)
			throws Exception {
		HttpRequest.Builder builder = request(path).header("Accept", "text/event-stream");
		if (lastEventId != null) {
			builder.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<Stream<String>> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofLines());
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
		// The "connected" comment is sent after the emitter is registered: from now on events reach us.
		String first = lines.poll(15, TimeUnit.SECONDS);
		assertThat(first).startsWith(":");
	}

	/** The lines of the next non-comment event, up to its blank separator line. */
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

	private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
	}
}
