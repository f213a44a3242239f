package org.steward.cluster;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes a change of reference data made on this node on to the other nodes. It listens in the
 * changing transaction, so the notification leaves with the commit and not at all on rollback;
 * what it sends is marked relayed, so the receivers do not pass it on again.
 */
@Component
class ReferenceDataRelay {

	private final Nodes nodes;

	ReferenceDataRelay(Nodes nodes) {
		this.nodes = nodes;
	}

	@EventListener
	void on(ReferenceDataChanged event) {
		if (!event.relayed()) {
			nodes.tell(new ReferenceDataChanged(event.kind(), true));
		}
	}
}
