package org.steward.notification;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cases.CaseChanged;
import org.steward.cases.CaseSummary;
import org.steward.cases.DeadlineMissed;

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

	@Async(BoardPushes.EXECUTOR)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(CaseChanged event) {
		Set<String> boards = boardsOf(event.stationCode());
		if (boards.stream().noneMatch(b -> emitters.count(b) > 0)) {
			return;
		}
		Optional<CaseSummary> summary = rows.summary(event.caseNumber(), event.stationCode());
		emitters.push(boards, event.caseNumber().value(), locale -> rows.render(event, summary, locale));
	}

	/** A missed deadline redraws the row (now overdue) on the station's board and the command board. */
	@Async(BoardPushes.EXECUTOR)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(DeadlineMissed event) {
		Set<String> boards = boardsOf(event.stationCode());
		if (boards.stream().noneMatch(b -> emitters.count(b) > 0)) {
			return;
		}
		rows.summary(event.caseNumber(), event.stationCode()).ifPresent(summary -> {
			CaseChanged asChange = new CaseChanged(summary.caseNumber(), "DEADLINE_MISSED", summary.status(),
					summary.stationCode(), summary.squadCode(), summary.communityCode(), summary.categoryCode(),
					summary.acknowledgeBy(), summary.handleBy(), event.detectedAt());
			emitters.push(boards, event.caseNumber().value(),
					locale -> rows.render(asChange, Optional.of(summary), locale));
		});
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
