package org.steward.catalog;

import java.util.List;

/** An edit or a new category that breaks the catalog's rules; nothing was saved. */
class CategoryRejected extends RuntimeException {

	private final List<Violation> violations;

	private CategoryRejected(List<Violation> violations) {
		super("Category rejected: " + violations);
		this.violations = List.copyOf(violations);
	}

	static CategoryRejected because(List<Violation> violations) {
		return new CategoryRejected(violations);
	}

	/** Someone saved a newer version after the editor opened the form. */
	static CategoryRejected staleVersion(String code, int baseVersion) {
		return new CategoryRejected(List.of(Violation.of(Violation.WHOLE_FORM, "catalog.error.stale", code + " v" + baseVersion)));
	}

	List<Violation> violations() {
		return violations;
	}
}
