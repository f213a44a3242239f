package org.steward.coordination;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open joint-board connections of THIS node: the command centre's board ({@code joint}) and
 * each case's joint board ({@code case:<number>}). In memory on purpose, as notification's boards
 * are (docs/adr/0004-live-boards.md): an emitter is a live HTTP response and cannot be shared.
 */
@Component
class JointBoardEmitters implements SmartLifecycle {

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	static final String JOINT = "joint";

	record Subscriber(String board, Locale locale, SseEmitter emitter) {
	}

	private final Map<String, Set<Subscriber>> boards = new ConcurrentHashMap<>();

	private volatile boolean running;

	static String ofCase(String caseNumber) {
		return "case:" + caseNumber;
	}

	SseEmitter subscribe(String board, Locale locale) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Subscriber subscriber = new Subscriber(board, locale, emitter);
		boards.computeIfAbsent(board, b -> ConcurrentHashMap.newKeySet()).add(subscriber);
		emitter.onCompletion(() -> remove(subscriber));
		emitter.onTimeout(() -> remove(subscriber));
		emitter.onError(e -> remove(subscriber));
		try {
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException | IllegalStateException ex) {
			remove(subscriber);
		}
		return emitter;
	}

	boolean anyListening(Set<String> targetBoards) {
		return targetBoards.stream().anyMatch(b -> !boards.getOrDefault(b, Set.of()).isEmpty());
	}

	void push(Set<String> targetBoards, String id, Function<Locale, String> render) {
		List<Subscriber> targets = targetBoards.stream()
			.flatMap(b -> boards.getOrDefault(b, Set.of()).stream())
			.toList();
		Map<Locale, String> rendered = targets.stream()
			.map(Subscriber::locale)
			.distinct()
			.collect(Collectors.toMap(l -> l, render));
		for (Subscriber s : targets) {
			send(s, SseEmitter.event().name("task").id(id).data(rendered.get(s.locale())));
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
