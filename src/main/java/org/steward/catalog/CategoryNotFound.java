package org.steward.catalog;

import org.jspecify.annotations.Nullable;

/** No category has the requested code, or no rules version the requested id. */
class CategoryNotFound extends RuntimeException {

	private final @Nullable String code;

	private CategoryNotFound(String message, @Nullable String code) {
		super(message);
		this.code = code;
	}

	static CategoryNotFound forCode(String code) {
		return new CategoryNotFound("No category with code " + code, code);
	}

	static CategoryNotFound forVersion(long versionId) {
		return new CategoryNotFound("No category rules with version id " + versionId, null);
	}

	@Nullable
	String code() {
		return code;
	}
}
