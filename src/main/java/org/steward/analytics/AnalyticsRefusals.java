package org.steward.analytics;

import org.steward.refusal.Refusal;

/** How the analytics module says no: one named factory per refusal, texts in {@code i18n/analytics}. */
final class AnalyticsRefusals {

	private AnalyticsRefusals() {
	}

	/** Only the command centre, administrators, squad leaders and station heads read analytics. */
	static Refusal roleMayNot() {
		return Refusal.forbidden("analytics.refused.roleMayNot");
	}

	/** A squad, station or case outside the caller's own squad or station. */
	static Refusal outsideScope(String code) {
		return Refusal.forbidden("analytics.refused.outsideScope", code);
	}

	/** A period field that is missing, not a date, or a custom range that is reversed or too long. */
	static Refusal badPeriod(String field) {
		return Refusal.invalid(field, "analytics.refused.badPeriod", Period.MAX_DAYS);
	}

	/** A grouping, indicator or counter name that does not exist. */
	static Refusal unknownName(String field) {
		return Refusal.invalid(field, "analytics.refused.unknownName");
	}

	static Refusal practiceNotFound(long id) {
		return Refusal.notFound("analytics.refused.practiceNotFound", id);
	}

	/** A text field that is empty or longer than its limit. */
	static Refusal textLength(String field, int max) {
		return Refusal.invalid(field, "analytics.refused.textLength", max);
	}

	/** A photo that is not a JPEG or PNG, or larger than 2 MB. */
	static Refusal photo() {
		return Refusal.invalid("photos", "analytics.refused.photo");
	}

	/** Only the brigade (command centre, administrators) marks a practice for roll-out. */
	static Refusal onlyBrigadeRollsOut() {
		return Refusal.forbidden("analytics.refused.onlyBrigadeRollsOut");
	}
}
