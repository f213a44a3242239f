package org.steward.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cases.CaseEvent;

/**
 * Pushes a changed case's row to the boards of its station and to the command board. Runs
 * after the change is committed, on the node that published it (see {@link BoardEmitters}).
 * Each listener is what {@code @ApplicationModuleListener} declares (after commit, in its own
 * transaction, recorded in the event publication registry) but on the boards' own executor
 * ({@link BoardPushes}), so a push never queues behind other modules' listeners.
 */
@Component
class BoardListener {

	private final BoardEmitters emitters;

	private final BoardRows rows;

	BoardListener(BoardEmitters emitters, BoardRows rows) {
		this.emitters = emitters;
		this.rows = rows;
	}

	/**
	 * Every case event redraws the case's row, from the summary it carries; a missed deadline is
	 * one such event, so it pushes the (now overdue) row once.
	 */
	@Async(BoardPushes.EXECUTOR)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(CaseEvent event) {
		Set<String> boards = boardsOf(event.summary().stationCode());
		if (event.summary().squadCode() != null) {
			boards.add(BoardEmitters.squad(event.summary().squadCode()));
		}
		if (boards.stream().noneMatch(b -> emitters.count(b) > 0)) {
			return;
		}
		emitters.push(boards, event.caseNumber().value(), locale -> rows.render(event, locale));
	}

	private static Set<String> boardsOf(@org.jspecify.annotations.Nullable String stationCode) {
		Set<String> boards = new LinkedHashSet<>();
		if (stationCode != null) {
			boards.add(BoardEmitters.station(stationCode));
		}
		boards.add(BoardEmitters.COMMAND);
		return boards;
	}
}
