package org.steward.organization;

import java.util.List;
import java.util.Optional;

/**
 * The partner departments that answer for parts of a case (police, fire rescue,
 * environment…). Codes such as {@code PUBLIC_SECURITY} are stable identifiers used by the
 * catalog's responsibility matrix and by joint cases.
 */
public interface Departments {

	List<Department> all();

	Optional<Department> byCode(String code);

	default boolean exists(String code) {
		return byCode(code).isPresent();
	}

	/** A department as other modules see it. */
	record Department(String code, String nameZh, String nameEn) {
	}
}
