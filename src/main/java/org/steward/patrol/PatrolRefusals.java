package org.steward.patrol;

import org.steward.refusal.Refusal;

/** How the patrol module says no; texts in {@code i18n/patrol} (zh-CN and English). */
final class PatrolRefusals {

	private PatrolRefusals() {
	}

	static Refusal notFound(long id) {
		return Refusal.notFound("patrol.refused.notFound", id);
	}

	static Refusal outsideScope(long id) {
		return Refusal.forbidden("patrol.refused.outsideScope", id);
	}

	/** Only officers and station heads of a station patrol, and only for their own station. */
	static Refusal notAnOfficer() {
		return Refusal.forbidden("patrol.refused.notAnOfficer");
	}

	/** A patrol is written to only by the officer who started it. */
	static Refusal notYours(long id) {
		return Refusal.forbidden("patrol.refused.notYours", id);
	}

	static Refusal alreadyActive(long id) {
		return Refusal.conflict("patrol.refused.alreadyActive", id);
	}

	static Refusal ended(long id) {
		return Refusal.illegalMove("patrol.refused.ended", id);
	}

	static Refusal unknownGrid(String code) {
		return Refusal.notFound("patrol.refused.unknownGrid", code);
	}

	static Refusal mayNotClassify(String code) {
		return Refusal.forbidden("patrol.refused.mayNotClassify", code);
	}

	static Refusal unknownStation(String code) {
		return Refusal.notFound("patrol.refused.unknownStation", code);
	}

	static Refusal signNotFound(long id) {
		return Refusal.notFound("patrol.refused.signNotFound", id);
	}

	static Refusal signClosed(long id) {
		return Refusal.illegalMove("patrol.refused.signClosed", id);
	}

	static Refusal warningNotFound(long id) {
		return Refusal.notFound("patrol.refused.warningNotFound", id);
	}

	static Refusal warningClosed(long id) {
		return Refusal.illegalMove("patrol.refused.warningClosed", id);
	}

	static Refusal mayNotActOnWarnings() {
		return Refusal.forbidden("patrol.refused.mayNotActOnWarnings");
	}
}
