package org.steward.notification;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.steward.cases.CaseEvent;

/**
 * The open board connections of THIS node, by board ({@code station:<code>}, {@code squad:<code>}
 * or {@code command}), each with its own lane, and the board's recent events for clients that
 * reconnect.
 * <p>
 * <b>Lanes.</b> A push only files the event in each subscriber's lane and returns; the lane's own
 * virtual thread writes to the connection. A client that stops reading blocks only its own write,
 * never the pushing thread or another subscriber (before, one stalled browser held up every board
 * of the node, and bench/run lost events under load). While a lane waits, a newer row of the same
 * case replaces the waiting one (the newest state wins, keyed by the row); when more distinct rows
 * wait than {@link BoardProperties#laneRows()}, they become one {@code reset} event — the client
 * re-renders the board from the database, so nothing is lost, and memory stays bounded.
 * <p>
 * <b>Replay.</b> Each board keeps its last {@link BoardProperties#replayEvents()} events. A client
 * that reconnects sends {@code Last-Event-ID} (or {@code ?lastEventId=} when the page opens a new
 * stream); it receives the events after that one, or {@code reset} when the id is no longer kept.
 * Event ids are derived from the event ({@code <case number>@<version>}, see {@link #eventId}), so
 * they mean the same on every node. A board nobody watches keeps recording for
 * {@link BoardProperties#reconnectWindow()} (listeners ask {@link #count}), then forgets its
 * events, so a kept id always means nothing after it was skipped.
 * <p>
 * Kept in memory on purpose: an emitter is a live HTTP response and cannot be shared; see
 * docs/adr/0004-live-boards.md for how events reach every node.
 */
@Component
class BoardEmitters implements LiveBoards, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BoardEmitters.class);

	/** Long enough not to churn connections, short enough that a vanished client is dropped; the browser reconnects. */
	static final Duration TIMEOUT = Duration.ofMinutes(30);

	static final String COMMAND = "command";

	/** The event that tells a client to re-render its board: what it missed is no longer kept. */
	static final String RESET = "reset";

	/** Between a row's key and the version of its state in an event id. */
	static final char VERSION = '@';

	private final Map<String, Board> boards = new ConcurrentHashMap<>();

	/** Each lane's writer is a virtual thread: blocked on a stalled client, it costs next to nothing. */
	private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();

	private final BoardProperties settings;

	private final Clock clock;

	private volatile boolean running;

	BoardEmitters(BoardProperties settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	static String station(String stationCode) {
		return "station:" + stationCode;
	}

	static String squad(String squadCode) {
		return "squad:" + squadCode;
	}

	/** The id of a row's state: {@code key@version}; the same for the same event on every node. */
	static String eventId(String rowKey, long version) {
		return rowKey + VERSION + version;
	}

	/** A case event's id: its case number and the case's version after the step. */
	static String eventId(CaseEvent event) {
		return eventId(event.caseNumber().value(), event.summary().version());
	}

	/** The row an event id is about: the part before {@code @}, or the whole id when it carries no version. */
	static String rowKey(String eventId) {
		int at = eventId.lastIndexOf(VERSION);
		return at < 0 ? eventId : eventId.substring(0, at);
	}

	@Override
	public SseEmitter subscribe(String board, Locale locale) {
		return subscribe(board, locale, null);
	}

	/**
	 * Subscribes to {@code board}, first replaying what came after {@code lastEventId} (or telling the
	 * client to re-render when that is no longer kept).
	 */
	SseEmitter subscribe(String board, Locale locale, @Nullable String lastEventId) {
		return subscribe(board, locale, lastEventId, new SseEmitter(TIMEOUT.toMillis()));
	}

	SseEmitter subscribe(String board, Locale locale, @Nullable String lastEventId, SseEmitter emitter) {
		Subscriber subscriber = new Subscriber(board, locale, emitter);
		try {
			// An immediate comment makes the response start, so proxies and the browser see the stream
			// open. Sent before the subscriber joins, so it precedes everything its lane will write.
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException | IllegalStateException ex) {
			return emitter;
		}
		emitter.onCompletion(() -> remove(subscriber));
		emitter.onTimeout(() -> remove(subscriber));
		emitter.onError(e -> remove(subscriber));
		boards.computeIfAbsent(board, Board::new).join(subscriber, lastEventId);
		return emitter;
	}

	/**
	 * Whether pushing to {@code board} matters: someone watches it, or its last viewer left within the
	 * reconnect window and may come back asking for what it missed. A board answering 0 forgets its
	 * recent events, because the caller will now skip pushing and a replay past a gap would lie.
	 */
	int count(String board) {
		Board b = boards.get(board);
		if (b == null) {
			return 0;
		}
		return b.listening();
	}

	@Override
	public boolean anyListening(Set<String> targetBoards) {
		boolean any = false;
		for (String board : targetBoards) {
			// every board is asked, so each one that answers no forgets its events
			any |= count(board) > 0;
		}
		return any;
	}

	/** The id of the newest event {@code board} keeps: a page rendered now has seen everything up to it. */
	@Nullable String latestEventId(String board) {
		Board b = boards.get(board);
		return b == null ? null : b.latestId();
	}

	/** Sends one rendered case row per locale to every subscriber of the given boards. */
	void push(Set<String> targetBoards, String id, Function<Locale, String> render) {
		push(targetBoards, "case", id, render);
	}

	@Override
	public void push(Set<String> targetBoards, String eventName, String id, Function<Locale, String> render) {
		Pushed event = new Pushed(eventName, id, render);
		// rendered here, on the pushing thread, once per language of the viewers now watching: not on
		// the lanes' virtual threads, where a first render (template, message bundle read from the
		// jar) could pin both carriers behind a lock (bench/run hung so, every request waiting)
		targetBoards.stream()
			.map(boards::get)
			.filter(java.util.Objects::nonNull)
			.flatMap(board -> board.subscribers.stream())
			.map(subscriber -> subscriber.locale)
			.distinct()
			.forEach(event::data);
		for (String name : targetBoards) {
			// only boards someone watches (or may come back to) record: the others would hold events for
			// nobody, and one that nobody watched for a while must not look complete to a late replay
			Board board = boards.get(name);
			if (board != null && board.listening() > 0) {
				board.record(event);
			}
		}
	}

	/** Every lane that is idle writes a comment: keeps proxies from closing the stream and finds dead clients. */
	@Scheduled(fixedRate = 20_000)
	void heartbeat() {
		boards.values().forEach(board -> board.subscribers.forEach(s -> s.lane.heartbeat()));
	}

	@Override
	public void start() {
		running = true;
	}

	/**
	 * Ends every stream before the web server's graceful shutdown (which runs in a later phase) would
	 * otherwise wait for these never-ending requests; browsers reconnect to another node. Completed on
	 * the lanes' threads, since a stalled client's connection may block.
	 */
	@Override
	public void stop() {
		running = false;
		boards.values().forEach(board -> board.subscribers.forEach(s -> writers.execute(s.emitter::complete)));
		boards.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void remove(Subscriber subscriber) {
		Board board = boards.get(subscriber.board);
		if (board != null) {
			board.leave(subscriber);
		}
	}

	/** One pushed event, rendered once per locale by the first lane that writes it. */
	static final class Pushed {

		final String name;

		final String id;

		/** What coalesces: the same row of the same kind of event. */
		final String key;

		/** The version of the row's state the id names; -1 when it names none. */
		final long version;

		private final Function<Locale, String> render;

		private final Map<Locale, String> rendered = new ConcurrentHashMap<>();

		Pushed(String name, String id, Function<Locale, String> render) {
			this.name = name;
			this.id = id;
			this.key = name + ':' + rowKey(id);
			this.version = versionOf(id);
			this.render = render;
		}

		private static long versionOf(String id) {
			int at = id.lastIndexOf(VERSION);
			if (at < 0) {
				return -1;
			}
			try {
				return Long.parseLong(id.substring(at + 1));
			}
			catch (NumberFormatException notAVersion) {
				return -1;
			}
		}

		/** Whether this is an older state of the same row than {@code other} (pushes of two threads may cross). */
		boolean olderThan(Pushed other) {
			return version >= 0 && other.version >= 0 && version < other.version;
		}

		String data(Locale locale) {
			return rendered.computeIfAbsent(locale, render);
		}
	}

	/** A board's subscribers and recent events; joining and recording are atomic, so a replay has no gap. */
	final class Board {

		final String name;

		final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();

		private final ArrayDeque<Pushed> recent = new ArrayDeque<>();

		/** When the last subscriber left; null while someone watches. */
		private @Nullable Instant emptySince;

		Board(String name) {
			this.name = name;
			this.emptySince = clock.instant();
		}

		synchronized void record(Pushed event) {
			recent.addLast(event);
			while (recent.size() > settings.replayEvents()) {
				recent.removeFirst();
			}
			for (Subscriber s : subscribers) {
				s.lane.offer(event);
			}
		}

		synchronized void join(Subscriber subscriber, @Nullable String lastEventId) {
			subscribers.add(subscriber);
			emptySince = null;
			if (lastEventId == null || lastEventId.isBlank()) {
				return;
			}
			boolean found = false;
			// the first event with that id: if ids repeat (an id without a version), replaying from the
			// earliest sends a row twice rather than skipping one
			for (Pushed event : recent) {
				if (found) {
					subscriber.lane.offer(event);
				}
				else if (event.id.equals(lastEventId)) {
					found = true;
				}
			}
			if (!found) {
				subscriber.lane.reset();
			}
		}

		synchronized void leave(Subscriber subscriber) {
			if (subscribers.remove(subscriber) && subscribers.isEmpty()) {
				emptySince = clock.instant();
			}
		}

		synchronized int listening() {
			if (!subscribers.isEmpty()) {
				return subscribers.size();
			}
			if (emptySince != null && !clock.instant().isAfter(emptySince.plus(settings.reconnectWindow()))) {
				return 1;
			}
			recent.clear();
			return 0;
		}

		synchronized @Nullable String latestId() {
			Pushed last = recent.peekLast();
			return last == null ? null : last.id;
		}
	}

	final class Subscriber {

		final String board;

		final Locale locale;

		final SseEmitter emitter;

		final Lane lane = new Lane(this);

		Subscriber(String board, Locale locale, SseEmitter emitter) {
			this.board = board;
			this.locale = locale;
			this.emitter = emitter;
		}
	}

	/**
	 * What one subscriber has yet to receive, in order, one row per key; written by one virtual thread
	 * at a time.
	 */
	final class Lane {

		private final Subscriber subscriber;

		private final LinkedHashMap<String, Pushed> waiting = new LinkedHashMap<>();

		private boolean reset;

		private boolean heartbeat;

		private boolean writing;

		private boolean dead;

		Lane(Subscriber subscriber) {
			this.subscriber = subscriber;
		}

		synchronized void offer(Pushed event) {
			if (dead || reset) {
				// a pending reset re-renders the whole board, this row included
				return;
			}
			Pushed already = waiting.get(event.key);
			if (already != null && event.olderThan(already)) {
				// the row's newer state is already waiting (two push threads crossed): it stays
				return;
			}
			// removed and put again: the newest state of the row takes the place of the older one, at the end
			waiting.remove(event.key);
			waiting.put(event.key, event);
			if (waiting.size() > settings.laneRows()) {
				waiting.clear();
				reset = true;
			}
			wake();
		}

		synchronized void reset() {
			waiting.clear();
			reset = true;
			wake();
		}

		synchronized void heartbeat() {
			if (!writing && !dead) {
				heartbeat = true;
				wake();
			}
		}

		synchronized int waiting() {
			return waiting.size() + (reset ? 1 : 0);
		}

		private void wake() {
			if (!writing && !dead) {
				writing = true;
				writers.execute(this::write);
			}
		}

		private void write() {
			while (true) {
				Supplier<SseEmitter.SseEventBuilder> taken;
				synchronized (this) {
					taken = next();
					if (taken == null) {
						writing = false;
						return;
					}
				}
				// rendered outside the lane's lock: a push filing the next row never waits for a render
				SseEmitter.SseEventBuilder next;
				try {
					next = taken.get();
				}
				catch (RuntimeException renderFailed) {
					// the row cannot be drawn here: the client re-renders the board from the database instead
					log.warn("Could not render a row for board {}; telling the client to re-render", subscriber.board, renderFailed);
					next = SseEmitter.event().name(RESET).data("reload");
				}
				try {
					subscriber.emitter.send(next);
				}
				catch (IOException | IllegalStateException | IllegalArgumentException ex) {
					log.debug("Dropping a dead board connection on {}", subscriber.board);
					synchronized (this) {
						dead = true;
						waiting.clear();
					}
					remove(subscriber);
					subscriber.emitter.completeWithError(ex);
					return;
				}
			}
		}

		/** What to send next, taken from the lane under its lock; built (a row rendered) after it is released. */
		private @Nullable Supplier<SseEmitter.SseEventBuilder> next() {
			if (reset) {
				reset = false;
				heartbeat = false;
				return () -> SseEmitter.event().name(RESET).data("reload");
			}
			Iterator<Pushed> it = waiting.values().iterator();
			if (it.hasNext()) {
				Pushed event = it.next();
				it.remove();
				heartbeat = false;
				return () -> SseEmitter.event().name(event.name).id(event.id).data(event.data(subscriber.locale));
			}
			if (heartbeat) {
				heartbeat = false;
				return () -> SseEmitter.event().comment("heartbeat");
			}
			return null;
		}
	}
}
