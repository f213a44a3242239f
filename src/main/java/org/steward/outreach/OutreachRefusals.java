package org.steward.outreach;

import org.steward.refusal.Refusal;

/** How outreach says no: one factory per refusal, its code with texts in {@code i18n/outreach} (zh-CN and English). */
final class OutreachRefusals {

	private OutreachRefusals() {
	}

	static Refusal sessionNotFound(long id) {
		return Refusal.notFound("outreach.refused.sessionNotFound", String.valueOf(id));
	}

	static Refusal slotNotFound(long id) {
		return Refusal.notFound("outreach.refused.slotNotFound", String.valueOf(id));
	}

	static Refusal queryNotFound(long id) {
		return Refusal.notFound("outreach.refused.queryNotFound", String.valueOf(id));
	}

	static Refusal stationNotFound(String code) {
		return Refusal.notFound("outreach.refused.stationNotFound", code);
	}

	/** Planning is the station head's (or the squad leader's, the command centre's) for a station in their scope. */
	static Refusal plannersOnly() {
		return Refusal.forbidden("outreach.refused.plannersOnly");
	}

	/** Recording a session is the work of the station's enforcement staff. */
	static Refusal recordersOnly() {
		return Refusal.forbidden("outreach.refused.recordersOnly");
	}

	static Refusal outOfScope(String station) {
		return Refusal.forbidden("outreach.refused.outOfScope", station);
	}

	static Refusal legalBasesForAdmins() {
		return Refusal.forbidden("outreach.refused.legalBasesForAdmins");
	}

	static Refusal signInForeign() {
		return Refusal.forbidden("outreach.refused.signIn.foreign");
	}

	static Refusal signInExpired() {
		return Refusal.forbidden("outreach.refused.signIn.expired");
	}

	static Refusal signInNotOpen() {
		return Refusal.forbidden("outreach.refused.signIn.notOpen");
	}

	static Refusal signInTooFar(int metres) {
		return Refusal.forbidden("outreach.refused.signIn.tooFar", String.valueOf(metres));
	}

	static Refusal alreadySignedIn() {
		return Refusal.conflict("outreach.refused.signIn.twice");
	}

	static Refusal alreadyHeld(long id) {
		return Refusal.conflict("outreach.refused.alreadyHeld", String.valueOf(id));
	}

	static Refusal slotSessionExists(long slotId, String date) {
		return Refusal.conflict("outreach.refused.slotSessionExists", String.valueOf(slotId), date);
	}

	static Refusal legalBasisExists() {
		return Refusal.conflict("outreach.refused.legalBasisExists");
	}
}
