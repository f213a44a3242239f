package org.steward.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.steward.organization.Departments;
import org.steward.organization.Departments.Department;

/** What the catalogue pages show: categories grouped by major class, filtered, with department names. */
@Component
class CatalogView {

	private final Catalog catalog;

	private final Departments departments;

	CatalogView(Catalog catalog, Departments departments) {
		this.catalog = catalog;
		this.departments = departments;
	}

	/** The categories of one major class that passed the filter. */
	record Group(MajorClass majorClass, List<CategoryRules> categories) {
	}

	/**
	 * A list filter.
	 * @param text matched against code and both names, ignoring case
	 * @param kind EVENT, COMPONENT or blank for both
	 * @param status "active", "inactive" or blank for both
	 */
	record Filter(@Nullable String text, @Nullable String kind, @Nullable String status) {

		static final Filter NONE = new Filter(null, null, null);

		boolean accepts(CategoryRules rules) {
			if (kind != null && !kind.isBlank() && !rules.kind().name().equals(kind)) {
				return false;
			}
			if ("active".equals(status) && !rules.active() || "inactive".equals(status) && rules.active()) {
				return false;
			}
			if (text == null || text.isBlank()) {
				return true;
			}
			String needle = text.strip().toLowerCase(Locale.ROOT);
			return rules.code().contains(needle) || rules.nameZh().contains(needle)
					|| rules.nameEn().toLowerCase(Locale.ROOT).contains(needle)
					|| rules.majorClass().nameZh().contains(needle)
					|| rules.majorClass().nameEn().toLowerCase(Locale.ROOT).contains(needle);
		}
	}

	List<Group> groups(Filter filter) {
		Map<String, List<CategoryRules>> byMajor = catalog.allCurrent()
			.stream()
			.filter(filter::accepts)
			.collect(Collectors.groupingBy(rules -> rules.majorClass().code(), LinkedHashMap::new, Collectors.toList()));
		List<Group> groups = new ArrayList<>();
		for (MajorClass major : catalog.majorClasses()) {
			List<CategoryRules> categories = byMajor.get(major.code());
			if (categories != null) {
				groups.add(new Group(major, categories));
			}
		}
		return groups;
	}

	/** Departments by code, for showing names next to the codes the rules store. */
	Map<String, Department> departmentsByCode() {
		return departments.all()
			.stream()
			.collect(Collectors.toMap(Department::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	List<Department> departments() {
		return departments.all();
	}
}
