package org.steward.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who answers for a category: one lead department and the co-departments that handle their
 * part of a joint case (S9). Department codes are those of
 * {@link org.steward.organization.Departments}.
 */
public record Responsibility(String leadDepartment, List<String> coDepartments) {

	public Responsibility {
		if (leadDepartment == null || leadDepartment.isBlank()) {
			throw new IllegalArgumentException("A category needs a lead department");
		}
		coDepartments = List.copyOf(coDepartments);
		if (coDepartments.contains(leadDepartment)) {
			throw new IllegalArgumentException(leadDepartment + " cannot be both lead and co-department");
		}
		if (new HashSet<>(coDepartments).size() != coDepartments.size()) {
			throw new IllegalArgumentException("A co-department is listed twice: " + coDepartments);
		}
	}

	public static Responsibility lead(String leadDepartment, String... coDepartments) {
		return new Responsibility(leadDepartment, List.of(coDepartments));
	}

	/** Whether more than one department shares the work, so a case becomes a joint case. */
	public boolean isJoint() {
		return !coDepartments.isEmpty();
	}

	/** The lead first, then the co-departments. */
	public List<String> allDepartments() {
		return Stream.concat(Stream.of(leadDepartment), coDepartments.stream()).toList();
	}
}
