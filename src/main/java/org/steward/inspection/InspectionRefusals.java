package org.steward.inspection;

import org.steward.refusal.Refusal;

/** How the inspection module says no; texts in {@code i18n/inspection} (zh-CN and English). */
final class InspectionRefusals {

	private InspectionRefusals() {
	}

	static Refusal pointNotFound(long id) {
		return Refusal.notFound("inspection.refused.pointNotFound", id);
	}

	static Refusal roundNotFound(long id) {
		return Refusal.notFound("inspection.refused.roundNotFound", id);
	}

	static Refusal templateNotFound(long id) {
		return Refusal.notFound("inspection.refused.templateNotFound", id);
	}

	static Refusal itemNotFound(long id) {
		return Refusal.notFound("inspection.refused.itemNotFound", id);
	}

	static Refusal mayNotInspect() {
		return Refusal.forbidden("inspection.refused.mayNotInspect");
	}

	static Refusal outsideScope(long pointId) {
		return Refusal.forbidden("inspection.refused.outsideScope", pointId);
	}

	static Refusal outsideServiceArea() {
		return Refusal.invalid("location", "inspection.refused.outsideServiceArea");
	}
}
