package org.steward.coordination;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;

/**
 * Which co-departments a case's responsibility matrix names: read from the rules version the
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

	/** The co-departments of the case's matrix; empty when the case is not joint by its category. */
	List<String> coDepartments(CaseNumber number) {
		return rulesOf(number).filter(r -> r.responsibility().isJoint())
			.map(r -> List.copyOf(r.responsibility().coDepartments()))
			.orElse(List.of());
	}
}
