package org.steward.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open board connections of THIS node, by board ({@code station:<code>} or {@code command}).
 * <p>
 * Kept in memory on purpose: an emitter is a live HTTP response and cannot be shared. With
 * several nodes behind a load balancer each node pushes only the events its own listener
 * receives, and the Modulith publication registry delivers an event to the listener on the
 * node that published it — so a browser connected to another node misses it until a
 * broadcast channel (e.g. PostgreSQL LISTEN/NOTIFY) is added; see docs/adr/0004-live-boards.md.
 */
@Component
class BoardEmitters implements LiveBoards, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BoardEmitters.class);

	/** Long enough not to churn connections, short enough that a vanished client is dropped; the browser reconnects. */
	static final Duration TIMEOUT = Duration.ofMinutes(30);

	static final String COMMAND = "command";

	record Subscriber(String board, Locale locale, SseEmitter emitter) {
	}

	private final Map<String, Set<Subscriber>> boards = new ConcurrentHashMap<>();

	private volatile boolean running;

	static String station(String stationCode) {
		return "station:" + stationCode;
	}

	static String squad(String squadCode) {
		return "squad:" + squadCode;
	}

	@Override
	public SseEmitter subscribe(String board, Locale locale) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Subscriber subscriber = new Subscriber(board, locale, emitter);
		boards.computeIfAbsent(board, b -> ConcurrentHashMap.newKeySet()).add(subscriber);
		emitter.onCompletion(() -> remove(subscriber));
		emitter.onTimeout(() -> remove(subscriber));
		emitter.onError(e -> remove(subscriber));
		try {
			// An immediate comment makes the response start, so proxies and the browser see the stream open.
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException | IllegalStateException ex) {
			remove(subscriber);
		}
		return emitter;
	}

	int count(String board) {
		return boards.getOrDefault(board, Set.of()).size();
	}

	@Override
	public boolean anyListening(Set<String> targetBoards) {
		return targetBoards.stream().anyMatch(b -> !boards.getOrDefault(b, Set.of()).isEmpty());
	}

	/** Sends one rendered case row per locale to every subscriber of the given boards. */
	void push(Set<String> targetBoards, String id, Function<Locale, String> render) {
		push(targetBoards, "case", id, render);
	}

	@Override
	public void push(Set<String> targetBoards, String eventName, String id, Function<Locale, String> render) {
		List<Subscriber> targets = targetBoards.stream()
			.flatMap(b -> boards.getOrDefault(b, Set.of()).stream())
			.toList();
		Map<Locale, String> rendered = targets.stream()
			.map(Subscriber::locale)
			.distinct()
			.collect(Collectors.toMap(l -> l, render));
		for (Subscriber s : targets) {
			send(s, SseEmitter.event().name(eventName).id(id).data(rendered.get(s.locale())));
		}
	}

	@Scheduled(fixedRate = 20_000)
	void heartbeat() {
		boards.values().forEach(set -> set.forEach(s -> send(s, SseEmitter.event().comment("heartbeat"))));
	}

	@Override
	public void start() {
		running = true;
	}

	/**
	 * Ends every stream before the web server's graceful shutdown (which runs in a later
	 * phase) would otherwise wait for these never-ending requests; browsers reconnect to
	 * another node.
	 */
	@Override
	public void stop() {
		running = false;
		boards.values().forEach(set -> set.forEach(s -> s.emitter().complete()));
		boards.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
		try {
			subscriber.emitter().send(event);
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Dropping a dead board connection on {}", subscriber.board());
			remove(subscriber);
			subscriber.emitter().completeWithError(ex);
		}
	}

	private void remove(Subscriber subscriber) {
		Set<Subscriber> set = boards.get(subscriber.board());
		if (set != null) {
			set.remove(subscriber);
		}
	}
}
