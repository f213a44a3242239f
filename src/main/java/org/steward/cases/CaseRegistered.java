package org.steward.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.catalog.CategoryRulesId;
import org.steward.catalog.Urgency;
import org.steward.territory.GeoPoint;

/**
 * A report became a case: routed to a station (DISPATCHED) or queued above them (ESCALATED, with
 * the routing's reason code). Carries what joint tasks need: the category rules version the case
 * was registered under and the departments its responsibility matrix names.
 */
public record CaseRegistered(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, Channel channel, GeoPoint location, Urgency urgency, CategoryRulesId rulesId,
		String leadDepartment, List<String> coDepartments, @Nullable String escalationReason) implements CaseEvent {

	public CaseRegistered {
		coDepartments = List.copyOf(coDepartments);
	}

	@Override
	public CaseStep step() {
		return CaseStep.REGISTERED;
	}
}
