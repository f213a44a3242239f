package org.steward.organization;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The partner departments that answer for parts of a case (police, fire rescue,
 * environment…). Codes such as {@code PUBLIC_SECURITY} are stable identifiers used by the
 * catalog's responsibility matrix and by joint cases. Every department has at least one
 * liaison (联络员) whom a joint case reaches.
 */
public interface Departments {

	List<Department> all();

	Optional<Department> byCode(String code);

	/** The liaisons of a department, by name; empty for an unknown code. */
	List<Liaison> liaisons(String departmentCode);

	default boolean exists(String code) {
		return byCode(code).isPresent();
	}

	/** A department as other modules see it. */
	record Department(String code, String nameZh, String nameEn) {
	}

	/** A department's contact person; the username links to an identity account, if any. */
	record Liaison(String departmentCode, String name, String phone, @Nullable String username) {
	}
}
