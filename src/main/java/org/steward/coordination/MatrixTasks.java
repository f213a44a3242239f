package org.steward.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;

/**
 * Which departments (co-departments, and a lead other than urban management) a case's responsibility matrix names: read from the rules version the
 * case was registered under, never the current one, so the listener that opens the tasks and the
 * guard that waits for them agree even if an administrator edits the matrix in between (a later
 * edit never blocks an old case, nor drops a department it was registered with).
 */
@Component
class MatrixTasks {

	private final Cases cases;

	private final Catalog catalog;

	MatrixTasks(Cases cases, Catalog catalog) {
		this.cases = cases;
		this.catalog = catalog;
	}

	/** The rules the case was registered under; empty for an unknown case. */
	Optional<CategoryRules> rulesOf(CaseNumber number) {
		return cases.rulesVersion(number).flatMap(catalog::version);
	}

	/** The departments the case's matrix gives a task: see {@link #expected(CategoryRules)}. */
	List<String> departments(CaseNumber number) {
		return rulesOf(number).map(MatrixTasks::expected).orElse(List.of());
	}

	/**
	 * The departments that get a task from the matrix: every co-department, and the lead too when
	 * it is not urban management. Urban management leads through its routed station and the case
	 * lifecycle itself; any other lead (fire rescue for a blocked fire lane, police for neighbourhood
	 * noise) has no station of its own in the case, so without a task its liaison would never see
	 * the case it is responsible for. The lead comes first.
	 */
	static List<String> expected(CategoryRules rules) {
		List<String> departments = new ArrayList<>();
		if (!URBAN_MANAGEMENT.equals(rules.responsibility().leadDepartment())) {
			departments.add(rules.responsibility().leadDepartment());
		}
		departments.addAll(rules.responsibility().coDepartments());
		return List.copyOf(departments);
	}

	/** The department that leads through the station (organization's code for 城市管理). */
	static final String URBAN_MANAGEMENT = "URBAN_MANAGEMENT";
}
