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
}
