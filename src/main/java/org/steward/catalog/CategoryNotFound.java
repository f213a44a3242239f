package org.steward.catalog;

/** No category has the requested code. */
class CategoryNotFound extends RuntimeException {

	private final String code;

	private CategoryNotFound(String code) {
		super("No category with code " + code);
		this.code = code;
	}

	static CategoryNotFound forCode(String code) {
		return new CategoryNotFound(code);
	}

	String code() {
		return code;
	}
}
