package org.steward.open311;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseBrief;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseRegistered;
import org.steward.cases.CaseSummary;
import org.steward.cases.Cases;

/**
 * Keeps the Open311 view of each case from its events: every step rewrites the request from the
 * summary it carries; registration also copies the reporter's description (never the reporter).
 */
@Component
class ServiceRequestListener {

	private final ServiceRequests requests;

	private final Cases cases;

	ServiceRequestListener(ServiceRequests requests, Cases cases) {
		this.requests = requests;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(CaseEvent event) {
		CaseSummary s = event.summary();
		// the event carries the description; only one recorded before it did is read back
		String description = !(event instanceof CaseRegistered registered) ? null
				: registered.description() != null ? registered.description()
						: cases.brief(event.caseNumber()).map(CaseBrief::description).orElse(null);
		requests.save(new ServiceRequests.Request(s.caseNumber().value(), s.trackingCode().value(), s.categoryCode(),
				s.categoryNameZh(), s.categoryNameEn(), s.status(), description, s.address(), s.lat(), s.lng(),
				s.registeredAt(), event.at(), s.handleBy()), event instanceof CaseRegistered);
	}
}
