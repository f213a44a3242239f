package org.steward.catalog;

import java.util.Map;

/** Checked content of a new version of a category's rules, ready to be stored. */
record RulesContent(String nameZh, String nameEn, String description, boolean active, Responsibility responsibility,
		Map<Urgency, ResponseLimits> timeLimits) {
}
