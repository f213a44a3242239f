package org.steward.enforcement.penalty;

import org.steward.refusal.Refusal;

/**
 * How the penalty procedure says no: one named factory per refusal, its code in {@code i18n/enforcement}
 * (zh-CN and English). Field errors are built where the fields are checked.
 * Ids go in as text, so no reader sees them with digit grouping (a message format would write 1,234).
 */
final class PenaltyRefusals {

	private PenaltyRefusals() {
	}

	static Refusal penaltyNotFound(long measureId) {
		return Refusal.notFound("enforcement.refused.penalty.notFound", String.valueOf(measureId));
	}

	static Refusal evidenceNotFound(long evidenceId) {
		return Refusal.notFound("enforcement.refused.penalty.evidenceNotFound", String.valueOf(evidenceId));
	}

	static Refusal officersOnly() {
		return Refusal.forbidden("enforcement.refused.penalty.officerRole");
	}

	static Refusal reviewersOnly() {
		return Refusal.forbidden("enforcement.refused.penalty.reviewerRole");
	}

	static Refusal decidersOnly() {
		return Refusal.forbidden("enforcement.refused.penalty.deciderRole");
	}

	static Refusal reviewerIsOfficer() {
		return Refusal.forbidden("enforcement.refused.penalty.reviewerIsOfficer");
	}

	static Refusal decided() {
		return Refusal.conflict("enforcement.refused.penalty.decided");
	}

	static Refusal noReview() {
		return Refusal.conflict("enforcement.refused.penalty.noReview");
	}

	static Refusal noProposal() {
		return Refusal.conflict("enforcement.refused.penalty.noProposal");
	}

	static Refusal reviewFirst() {
		return Refusal.conflict("enforcement.refused.penalty.reviewFirst");
	}

	static Refusal served() {
		return Refusal.conflict("enforcement.refused.penalty.served");
	}

	static Refusal notDecided() {
		return Refusal.conflict("enforcement.refused.penalty.notDecided");
	}

	static Refusal evidenceClosed() {
		return Refusal.conflict("enforcement.refused.penalty.evidenceClosed");
	}

	static Refusal evidenceTwice(String sha256) {
		return Refusal.conflict("enforcement.refused.penalty.evidenceTwice", sha256);
	}

	static Refusal filingNotApproved() {
		return Refusal.conflict("enforcement.refused.penalty.filingNotApproved");
	}

	static Refusal filingApproved() {
		return Refusal.conflict("enforcement.refused.penalty.filingApproved");
	}

	static Refusal notified() {
		return Refusal.conflict("enforcement.refused.penalty.notified");
	}

	static Refusal reviseFirst() {
		return Refusal.conflict("enforcement.refused.penalty.reviseFirst");
	}

	static Refusal noNotice() {
		return Refusal.conflict("enforcement.refused.penalty.noNotice");
	}

	/** The named reason a decision inside the notice period is refused (第四十四、六十二条). */
	static Refusal noticePeriod(String endsAt) {
		return Refusal.conflict("enforcement.refused.penalty.noticePeriod", endsAt);
	}

	static Refusal statementUnanswered(int count) {
		return Refusal.conflict("enforcement.refused.penalty.statementUnanswered", count);
	}

	static Refusal statementAnswered() {
		return Refusal.conflict("enforcement.refused.penalty.statementAnswered");
	}

	static Refusal statementNotFound(long id) {
		return Refusal.notFound("enforcement.refused.penalty.statementNotFound", String.valueOf(id));
	}

	static Refusal noHearingRight() {
		return Refusal.conflict("enforcement.refused.penalty.hearing.noRight");
	}

	static Refusal hearingRequested() {
		return Refusal.conflict("enforcement.refused.penalty.hearing.requested");
	}

	static Refusal hearingRequestLate() {
		return Refusal.conflict("enforcement.refused.penalty.hearing.late");
	}

	static Refusal noHearingRequest() {
		return Refusal.conflict("enforcement.refused.penalty.hearing.notRequested");
	}

	static Refusal hearingNotScheduled() {
		return Refusal.conflict("enforcement.refused.penalty.hearing.notScheduled");
	}

	static Refusal hearingNotYet() {
		return Refusal.conflict("enforcement.refused.penalty.hearing.notYet");
	}

	static Refusal hearingHeld() {
		return Refusal.conflict("enforcement.refused.penalty.hearing.held");
	}

	static Refusal hearingPending() {
		return Refusal.conflict("enforcement.refused.penalty.hearing.pending");
	}

	static Refusal notServed() {
		return Refusal.conflict("enforcement.refused.penalty.notServed");
	}

	static Refusal executed() {
		return Refusal.conflict("enforcement.refused.penalty.executed");
	}

	static Refusal notExecuted() {
		return Refusal.conflict("enforcement.refused.penalty.notExecuted");
	}

	static Refusal closed() {
		return Refusal.conflict("enforcement.refused.penalty.closed");
	}

	static Refusal documentNotIssued(String kind) {
		return Refusal.notFound("enforcement.refused.penalty.documentNotIssued", kind);
	}
}
