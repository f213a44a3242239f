package org.steward.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.steward.worktime.LimitUnit;

/**
 * What an administrator typed for a category's rules, not yet checked: any field may be
 * missing or wrong. {@link CategoryRulesPolicy} turns it into {@link RulesContent} or violations.
 */
record RulesDraft(@Nullable String nameZh, @Nullable String nameEn, @Nullable String description, boolean active,
		@Nullable String leadDepartment, List<String> coDepartments, Map<Urgency, LimitsDraft> limits) {

	record LimitsDraft(@Nullable Integer acknowledgeAmount, @Nullable LimitUnit acknowledgeUnit,
			@Nullable Integer handleAmount, @Nullable LimitUnit handleUnit) {
	}
}
