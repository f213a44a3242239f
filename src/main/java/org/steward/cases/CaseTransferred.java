package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The case was transferred out (转办) to a body outside the stations, named as the actor gave it,
 * with the reason: it leaves every queue and its status is final ({@link CaseStatus#TRANSFERRED}).
 *
 * @param body the outside body it went to (a name, not one of Steward's codes)
 * @param fromStatus the status it left, so a consumer can tell a case never worked (queued, dispatched) from
 *        one an officer had already taken up
 */
public record CaseTransferred(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, String body, String reason, CaseStatus fromStatus) implements CaseEvent {

	@Override
	public CaseStep step() {
		return CaseStep.TRANSFER;
	}
}
