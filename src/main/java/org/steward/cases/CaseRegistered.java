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
 * was registered under and the departments its responsibility matrix names; and the reporter's
 * description of the problem (never who reported it), so that no listener reads the case back for it.
 */
public record CaseRegistered(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, Channel channel, GeoPoint location, Urgency urgency, CategoryRulesId rulesId,
		String leadDepartment, List<String> coDepartments, @Nullable String escalationReason,
		@Nullable String description) implements CaseEvent {

	public CaseRegistered {
		coDepartments = List.copyOf(coDepartments);
	}

	/** Without the description (events recorded before it was carried, and tests that do not need it). */
	public CaseRegistered(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
			TimelineNote note, Channel channel, GeoPoint location, Urgency urgency, CategoryRulesId rulesId,
			String leadDepartment, List<String> coDepartments, @Nullable String escalationReason) {
		this(caseNumber, at, actor, summary, note, channel, location, urgency, rulesId, leadDepartment, coDepartments,
				escalationReason, null);
	}

	@Override
	public CaseStep step() {
		return CaseStep.REGISTERED;
	}
}
