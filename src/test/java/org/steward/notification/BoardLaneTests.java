package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The boards' lanes and replay without a server: each subscriber is a recording emitter, one of them
 * able to stall in its write as a browser that stops reading does.
 */
class BoardLaneTests {

	static final String BOARD = BoardEmitters.station("yuantian");

	final MutableClock clock = new MutableClock();

	BoardEmitters emitters = new BoardEmitters(new BoardProperties(2, 5, 3, Duration.ofMinutes(2)), clock);

	final AtomicInteger renders = new AtomicInteger();

	final Set<String> renderedBy = java.util.concurrent.ConcurrentHashMap.newKeySet();

	@AfterEach
	void stop() {
		emitters.stop();
	}

	@Test
	void aStalledSubscriberDoesNotDelayAnother() throws Exception {
		Recording stalled = new Recording();
		Recording watching = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, stalled);
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, watching);
		stalled.stall();

		push("410105-2026-000001", 1);
		stalled.awaitBlocked();
		push("410105-2026-000002", 1);
		push("410105-2026-000003", 1);

		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> watching.ids().size() == 3);
		assertThat(watching.ids()).containsExactly("410105-2026-000001@1", "410105-2026-000002@1", "410105-2026-000003@1");
		assertThat(stalled.ids()).isEmpty();

		stalled.release();
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> stalled.ids().size() == 3);
		assertThat(stalled.ids()).containsExactly("410105-2026-000001@1", "410105-2026-000002@1", "410105-2026-000003@1");
	}

	@Test
	void aSaturatedLaneSendsOnlyTheNewestStateOfEachCase() throws Exception {
		Recording slow = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, slow);
		slow.stall();
		push("410105-2026-000001", 1);
		slow.awaitBlocked();
		push("410105-2026-000002", 1);
		push("410105-2026-000001", 2);
		push("410105-2026-000002", 2);
		push("410105-2026-000001", 3);

		slow.release();
		// the count reached and held for 100 ms: nothing more arrives afterwards
		Awaitility.await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(3)).until(() -> slow.ids().size() == 3);
		// the first was already being written; of the rest only each case's newest, none dropped
		assertThat(slow.ids()).containsExactly("410105-2026-000001@1", "410105-2026-000002@2", "410105-2026-000001@3");
		assertThat(slow.data()).last().asString().contains("v3");
		// each state was rendered once, by the pushing thread, for the one language watching
		assertThat(renders).hasValue(5);
	}

	@Test
	void anOlderStateArrivingAfterANewerOneDoesNotReplaceIt() throws Exception {
		Recording slow = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, slow);
		slow.stall();
		push("410105-2026-000009", 1);
		slow.awaitBlocked();
		push("410105-2026-000001", 5);
		push("410105-2026-000001", 4);
		slow.release();
		// the count reached and held for 100 ms: nothing more arrives afterwards
		Awaitility.await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(3)).until(() -> slow.ids().size() == 2);
		assertThat(slow.ids()).containsExactly("410105-2026-000009@1", "410105-2026-000001@5");
	}

	@Test
	void moreDistinctRowsThanALaneHoldsBecomeOneReRender() throws Exception {
		Recording slow = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, slow);
		slow.stall();
		push("410105-2026-000001", 1);
		slow.awaitBlocked();
		for (int i = 2; i <= 6; i++) {
			push("410105-2026-00000" + i, 1);
		}
		slow.release();
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> slow.names().contains(BoardEmitters.RESET));
		assertThat(slow.names()).containsExactly("case", BoardEmitters.RESET);
	}

	@Test
	void aReconnectingClientReceivesExactlyWhatItMissed() throws Exception {
		Recording first = new Recording();
		SseEmitter gone = emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, first);
		push("410105-2026-000001", 1);
		push("410105-2026-000002", 1);
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> first.ids().size() == 2);
		gone.complete();

		push("410105-2026-000003", 1);
		push("410105-2026-000001", 2);

		Recording again = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, first.ids().getLast(), again);
		push("410105-2026-000004", 1);

		// the count reached and held for 100 ms: nothing more arrives afterwards
		Awaitility.await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(3)).until(() -> again.ids().size() == 3);
		assertThat(again.ids()).containsExactly("410105-2026-000003@1", "410105-2026-000001@2", "410105-2026-000004@1");
	}

	@Test
	void aClientWhoseLastEventIsNoLongerKeptIsToldToReRender() throws Exception {
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, new Recording());
		for (int i = 1; i <= 7; i++) {
			push("410105-2026-00000" + i, 1);
		}
		Recording late = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, "410105-2026-000001@1", late);
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> !late.names().isEmpty());
		assertThat(late.names()).containsExactly(BoardEmitters.RESET);

		Recording kept = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, "410105-2026-000005@1", kept);
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> kept.ids().size() == 2);
		assertThat(kept.ids()).containsExactly("410105-2026-000006@1", "410105-2026-000007@1");
	}

	@Test
	void aBoardLeftLongerThanTheReconnectWindowForgetsItsEventsSoAReplayCannotSkipAGap() throws Exception {
		Recording first = new Recording();
		SseEmitter gone = emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, first);
		push("410105-2026-000001", 1);
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> first.ids().size() == 1);
		gone.complete();
		assertThat(emitters.count(BOARD)).as("within the window the listener keeps pushing").isPositive();

		clock.advance(Duration.ofMinutes(3));
		assertThat(emitters.count(BOARD)).as("after it, the listener skips pushes").isZero();

		Recording again = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, "410105-2026-000001@1", again);
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> !again.names().isEmpty());
		assertThat(again.names()).containsExactly(BoardEmitters.RESET);
	}

	@Test
	void aBoardNobodyWatchesRecordsNothingSoALateClientReRenders() throws Exception {
		push("410105-2026-000001", 1);
		push("410105-2026-000002", 1);
		Recording late = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, "410105-2026-000001@1", late);
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> !late.names().isEmpty());
		assertThat(late.names()).containsExactly(BoardEmitters.RESET);
		assertThat(renders).as("nothing rendered for nobody").hasValue(0);
	}

	@Test
	void aRowIsRenderedOncePerLanguageWatchingByTheThreadThatPushesIt() throws Exception {
		Recording chinese = new Recording();
		Recording english = new Recording();
		Recording alsoChinese = new Recording();
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, chinese);
		emitters.subscribe(BOARD, Locale.ENGLISH, null, english);
		emitters.subscribe(BOARD, Locale.SIMPLIFIED_CHINESE, null, alsoChinese);

		push("410105-2026-000001", 1);

		// rendered before push returns, so never on a lane's virtual thread
		assertThat(renders).hasValue(2);
		assertThat(renderedBy).containsOnly(Thread.currentThread().getName());
		Awaitility.await().atMost(Duration.ofSeconds(2))
			.until(() -> chinese.ids().size() == 1 && english.ids().size() == 1 && alsoChinese.ids().size() == 1);
		assertThat(english.data()).singleElement().asString().contains("en");
		assertThat(renders).hasValue(2);
	}

	private void push(String caseNumber, long version) {
		emitters.push(Set.of(BOARD), BoardEmitters.eventId(caseNumber, version), locale -> {
			renders.incrementAndGet();
			renderedBy.add(Thread.currentThread().getName());
			return "<tr id=\"case-" + caseNumber + "\" lang=\"" + locale.getLanguage() + "\">v" + version + "</tr>";
		});
	}

	/** An emitter that records what is written to it and can be made to block in a write, like a full socket. */
	static final class Recording extends SseEmitter {

		final List<String> events = new CopyOnWriteArrayList<>();

		volatile @Nullable CountDownLatch gate;

		final CountDownLatch blocked = new CountDownLatch(1);

		Recording() {
			super(0L);
		}

		void stall() {
			gate = new CountDownLatch(1);
		}

		void release() {
			CountDownLatch g = gate;
			gate = null;
			if (g != null) {
				g.countDown();
			}
		}

		void awaitBlocked() throws InterruptedException {
			assertThat(blocked.await(2, TimeUnit.SECONDS)).as("the lane is writing").isTrue();
		}

		/** What a completed response does: the emitter refuses further writes and tells its owner. */
		volatile boolean done;

		volatile @Nullable Runnable onDone;

		@Override
		public synchronized void onCompletion(Runnable callback) {
			onDone = callback;
		}

		@Override
		public synchronized void complete() {
			done = true;
			Runnable callback = onDone;
			if (callback != null) {
				callback.run();
			}
		}

		@Override
		public void send(SseEventBuilder builder) throws IOException {
			if (done) {
				throw new IllegalStateException("completed");
			}
			String text = builder.build()
				.stream()
				.map(part -> String.valueOf(part.getData()))
				.reduce("", String::concat);
			if (text.startsWith(":")) {
				return;
			}
			CountDownLatch g = gate;
			if (g != null) {
				blocked.countDown();
				try {
					g.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			events.add(text);
		}

		List<String> ids() {
			return events.stream().filter(e -> e.contains("\nid:")).map(e -> field(e, "id")).toList();
		}

		List<String> names() {
			return events.stream().map(e -> field(e, "event")).toList();
		}

		List<String> data() {
			return events.stream().map(e -> field(e, "data")).toList();
		}

		private static String field(String event, String name) {
			for (String line : event.split("\n")) {
				if (line.startsWith(name + ":")) {
					return line.substring(name.length() + 1);
				}
			}
			return "";
		}
	}

	static final class MutableClock extends Clock {

		volatile Instant now = Instant.parse("2026-12-05T00:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
