package org.steward.coordination;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseRegistered;

/**
 * A newly registered case whose category names co-departments (or a lead other than urban
 * management) becomes a joint case: its tasks are opened from the registration event alone.
 */
@Component
class JointCaseListener {

	private final JointHandling handling;

	JointCaseListener(JointHandling handling) {
		this.handling = handling;
	}

	@ApplicationModuleListener
	void on(CaseRegistered event) {
		handling.openFromMatrix(event);
	}
}
