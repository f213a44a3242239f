package org.steward.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The problem catalogue as other modules read it. Intake lists the active categories,
 * cases store the {@link CategoryRulesId} of the rules current at registration and read
 * their limits and departments through {@link #version}.
 */
public interface Catalog {

	/** The rules currently in force for a category code such as {@code 0101}, active or not. */
	Optional<CategoryRules> current(String categoryCode);

	/** One version of a category's rules, current or superseded. */
	Optional<CategoryRules> version(CategoryRulesId id);

	/** The current rules of every category, events before components, ordered by code. */
	List<CategoryRules> allCurrent();

	/** The major classes, events before components. */
	List<MajorClass> majorClasses();

	/** How a category is offered and handled (emergency, on the public form, after-photo required). */
	default CategoryHandling handling(String categoryCode) {
		return CategoryHandling.USUAL;
	}

	/** The settings of every category that has any, by category code (the rest are {@link CategoryHandling#USUAL}). */
	default java.util.Map<String, CategoryHandling> handlings() {
		return java.util.Map.of();
	}

	/** The limits of one version for one urgency. */
	default Optional<ResponseLimits> limits(CategoryRulesId id, Urgency urgency) {
		return version(id).map(rules -> rules.limits(urgency));
	}
}
