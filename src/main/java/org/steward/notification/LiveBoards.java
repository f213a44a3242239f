package org.steward.notification;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live-board connections of this node, for any module that keeps a board: subscribe a
 * browser to a named board, and push a row rendered once per locale to every subscriber of some
 * boards. Heartbeats, timeouts and dropping dead connections are handled here (see ADR 0004 for
 * the single-node limit).
 */
public interface LiveBoards {

	SseEmitter subscribe(String board, Locale locale);

	boolean anyListening(Set<String> boards);

	/** Sends an event {@code eventName} with {@code id} and the row rendered for each subscriber's locale. */
	void push(Set<String> boards, String eventName, String id, Function<Locale, String> render);
}
