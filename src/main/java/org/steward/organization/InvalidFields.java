package org.steward.organization;

import java.util.List;

/** Request values that cannot be used, each with the field it came from. */
class InvalidFields extends RuntimeException {

	record FieldProblem(String field, String message) {
	}

	private final List<FieldProblem> problems;

	InvalidFields(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return problems;
	}
}
