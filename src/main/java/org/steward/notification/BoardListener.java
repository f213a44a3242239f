package org.steward.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseSummary;
import org.steward.cluster.Nodes;

/**
 * Pushes a changed case's row to the boards of its station and squad and to the command board,
 * on every node. Runs after the change is committed, on the node that published it: it pushes to
 * this node's subscribers and tells the other nodes ({@link CaseRowRelayed}), which push to
 * theirs. It runs after commit, recorded in the event publication registry, on the boards' own
 * executor ({@link BoardPushes}), so a push never queues behind other modules' listeners.
 * <p>
 * It opens no transaction of its own: the local push needs no connection, and waiting for one
 * first (a transaction per push) put the push lane behind the intake's requests for the pool —
 * bench/run measured rows 24 s late and two thirds not arrived by the end of a 30 s load. The
 * message to the other nodes is one autocommitted {@code pg_notify} after the local push. If the
 * node dies before the publication is marked complete, the node that resubmits it pushes and tells
 * again: a row may arrive twice (the same id, coalesced by the board), never not at all.
 */
@Component
class BoardListener {

	private final LiveBoards emitters;

	private final BoardRows rows;

	private final Nodes nodes;

	BoardListener(LiveBoards emitters, BoardRows rows, Nodes nodes) {
		this.emitters = emitters;
		this.rows = rows;
		this.nodes = nodes;
	}

	/**
	 * Every case event redraws the case's row, from the summary it carries; a missed deadline is
	 * one such event, so it pushes the (now overdue) row once.
	 */
	@Async(BoardPushes.EXECUTOR)
	@TransactionalEventListener
	void on(CaseEvent event) {
		// <case number>@<version>: the same id on every node, so a client reconnecting anywhere resumes
		String id = BoardEmitters.eventId(event);
		push(id, event.summary());
		nodes.tell(new CaseRowRelayed(id, event.summary()));
	}

	/** Another node's case changed: push its row to this node's subscribers. */
	@Async(BoardPushes.EXECUTOR)
	@EventListener
	void on(CaseRowRelayed relayed) {
		push(relayed.id(), relayed.summary());
	}

	private void push(String id, CaseSummary summary) {
		Set<String> boards = boardsOf(summary.stationCode());
		if (summary.squadCode() != null) {
			boards.add(BoardEmitters.squad(summary.squadCode()));
		}
		if (!emitters.anyListening(boards)) {
			return;
		}
		emitters.push(boards, "case", id, locale -> rows.render(summary, locale));
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
