package org.steward.analytics;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseEvent;

/** Keeps the case's fact and the rollup current from every case event; never reads the case back. */
@Component
class RollupListener {

	private final FactStore store;

	RollupListener(FactStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(CaseEvent event) {
		apply(event);
	}

	/** In the caller's transaction (the listener's own, or a test's). */
	void apply(CaseEvent event) {
		CaseFact placeholder = FactFold.fold(null, event);
		// the case's first event (its registration): nothing to lock, read or fold into
		if (store.insertFirst(placeholder)) {
			return;
		}
		CaseFact before = store.lock(placeholder).orElse(null);
		CaseFact after = FactFold.fold(before, event);
		store.replace(before, after);
	}
}
