package org.steward.intake;

import java.util.List;

/** A report refused before anything was stored, with every bad field. */
class ReportInvalid extends RuntimeException {

	private final List<FieldViolation> violations;

	ReportInvalid(List<FieldViolation> violations) {
		super("The report has " + violations.size() + " invalid field(s): "
				+ violations.stream().map(FieldViolation::field).toList());
		this.violations = List.copyOf(violations);
	}

	static ReportInvalid of(FieldViolation violation) {
		return new ReportInvalid(List.of(violation));
	}

	List<FieldViolation> violations() {
		return violations;
	}
}
