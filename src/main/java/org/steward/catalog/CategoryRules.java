package org.steward.catalog;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.steward.worktime.TimeLimit;

/**
 * One version of a category's rules: names, whether new reports may use it, who answers for it
 * and its time limits per urgency. Versions are immutable; an edit creates the next version,
 * valid from the moment it was saved, and earlier versions stay readable by their id.
 *
 * @param code the 4-digit minor-class code, unique across events and components
 * @param version 1 for the seeded rules, then one more per edit
 */
public record CategoryRules(CategoryRulesId id, String code, MajorClass majorClass, String nameZh, String nameEn,
		String description, boolean active, Responsibility responsibility, Map<Urgency, ResponseLimits> timeLimits,
		int version, Instant validFrom, String editedBy) {

	public CategoryRules {
		for (Urgency urgency : Urgency.values()) {
			if (!timeLimits.containsKey(urgency)) {
				throw new IllegalArgumentException("Category " + code + " has no time limits for " + urgency);
			}
		}
		timeLimits = Collections.unmodifiableMap(new EnumMap<>(timeLimits));
	}

	public CategoryKind kind() {
		return majorClass.kind();
	}

	public ResponseLimits limits(Urgency urgency) {
		return timeLimits.get(urgency);
	}

	/** How soon the responsible officers must acknowledge a whistle of this urgency. */
	public TimeLimit acknowledgeWithin(Urgency urgency) {
		return limits(urgency).acknowledge();
	}

	/** How soon, counted from dispatch, a problem of this urgency must be handled. */
	public TimeLimit handleWithin(Urgency urgency) {
		return limits(urgency).handle();
	}

	/** The name in the reader's language: English for English locales, Chinese otherwise. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
