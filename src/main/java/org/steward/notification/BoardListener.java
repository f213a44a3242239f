package org.steward.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseSummary;
import org.steward.cluster.Nodes;

/**
 * Pushes a changed case's row to the boards of its station and squad and to the command board,
 * on every node.
 * <p>
 * It hears the event inside the transaction that changed the case and does two things there,
 * neither of which waits for anything after the commit:
 * <ul>
 * <li>it tells the other nodes ({@link CaseRowRelayed}) on the transaction's own connection: a
 * {@code pg_notify} that PostgreSQL delivers when the change commits and drops if it rolls back.
 * The row and the change it shows are one commit, so a node that dies right after the commit has
 * already told the others: their boards get the row, and a viewer of the dead node who reconnects
 * to another is replayed it from that node's buffer ({@code Last-Event-ID});</li>
 * <li>it asks for the local push after the commit, on the boards' own threads ({@link BoardPushes}),
 * which need no database connection: the row is rendered from the summary the event carries.</li>
 * </ul>
 * Not through the event publication registry: an entry there is marked processing and completed
 * with a pool connection each, and bench/run measured what that costs the boards under load —
 * the push lane queued for connections behind the intake (rows 10 to 24 s late at 32 reporters,
 * a third to two thirds not arrived by the end of the load). A board row is a view of committed
 * state, not work to redo: the only row a crash can lose is the local push of this node, whose
 * viewers lose their connection with it and are replayed by the node they reconnect to.
 */
@Component
class BoardListener {

	private static final Logger log = LoggerFactory.getLogger(BoardListener.class);

	private final LiveBoards emitters;

	private final BoardRows rows;

	private final Nodes nodes;

	private final Executor pushes;

	BoardListener(LiveBoards emitters, BoardRows rows, Nodes nodes,
			@Qualifier(BoardPushes.EXECUTOR) Executor pushes) {
		this.emitters = emitters;
		this.rows = rows;
		this.nodes = nodes;
		this.pushes = pushes;
	}

	/**
	 * Every case event redraws the case's row, from the summary it carries; a missed deadline is
	 * one such event, so it pushes the (now overdue) row once.
	 */
	@EventListener
	void on(CaseEvent event) {
		// <case number>@<version>: the same id on every node, so a client reconnecting anywhere resumes
		CaseRowRelayed row = new CaseRowRelayed(BoardEmitters.eventId(event), event.summary());
		try {
			nodes.tell(row);
		}
		catch (IllegalArgumentException tooLong) {
			// a summary longer than a notification may carry (it cannot be, with the fields' limits):
			// the other nodes' viewers see the row when they re-render; the change itself must not fail
			log.warn("Could not tell the other nodes about case {}: {}", event.caseNumber().value(), tooLong.getMessage());
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					pushes.execute(() -> push(row));
				}
			});
		}
		else {
			pushes.execute(() -> push(row));
		}
	}

	/** Another node's case changed: push its row to this node's subscribers. */
	@EventListener
	void on(CaseRowRelayed relayed) {
		pushes.execute(() -> push(relayed));
	}

	private void push(CaseRowRelayed row) {
		CaseSummary summary = row.summary();
		Set<String> boards = boardsOf(summary.stationCode());
		if (summary.squadCode() != null) {
			boards.add(BoardEmitters.squad(summary.squadCode()));
		}
		if (!emitters.anyListening(boards)) {
			return;
		}
		emitters.push(boards, "case", row.id(), locale -> rows.render(summary, locale));
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
