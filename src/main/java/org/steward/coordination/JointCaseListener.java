package org.steward.coordination;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseChanged;

/** A newly registered case whose category names co-departments becomes a joint case. */
@Component
class JointCaseListener {

	private final JointHandling handling;

	JointCaseListener(JointHandling handling) {
		this.handling = handling;
	}

	@ApplicationModuleListener
	void on(CaseChanged event) {
		if ("REGISTERED".equals(event.change())) {
			handling.openFromMatrix(event.caseNumber());
		}
	}
}
