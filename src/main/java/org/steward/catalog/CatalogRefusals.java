package org.steward.catalog;

import java.util.List;

import org.steward.refusal.Refusal;

/**
 * The catalogue's refusals, each a code of {@code i18n/catalog}: an unknown category or rules version
 * (404), an edit that started from a version someone has since replaced (409), and the bad fields of a
 * draft, all at once (400), named as the admin form names them.
 */
final class CatalogRefusals {

	private CatalogRefusals() {
	}

	static Refusal categoryNotFound(String code) {
		return Refusal.notFound("catalog.refused.categoryNotFound", code).with("code", code);
	}

	static Refusal versionNotFound(long versionId) {
		return Refusal.notFound("catalog.refused.versionNotFound", String.valueOf(versionId));
	}

	/** Someone saved a newer version after the editor opened the form. */
	static Refusal staleVersion(String code, int baseVersion) {
		return Refusal.conflict("catalog.refused.stale", code + " v" + baseVersion).with("baseVersion", baseVersion);
	}

	static Refusal codeTaken(String code) {
		return Refusal.invalid(List.of(codeTakenField(code)));
	}

	// ------------------------------------------------------------ bad fields, gathered by CategoryRulesPolicy

	static Refusal.FieldError required(String field) {
		return Refusal.FieldError.of(field, "catalog.refused.required");
	}

	static Refusal.FieldError tooLong(String field, int maxLength) {
		return Refusal.FieldError.of(field, "catalog.refused.tooLong", String.valueOf(maxLength));
	}

	static Refusal.FieldError amountOutOfRange(String field, int amount) {
		return Refusal.FieldError.of(field, "catalog.refused.amountRange", String.valueOf(amount));
	}

	static Refusal.FieldError unknownDepartment(String field, String department) {
		return Refusal.FieldError.of(field, "catalog.refused.unknownDepartment", department);
	}

	static Refusal.FieldError leadInCo(String department) {
		return Refusal.FieldError.of("coDepartments", "catalog.refused.leadInCo", department);
	}

	static Refusal.FieldError duplicateDepartment(String department) {
		return Refusal.FieldError.of("coDepartments", "catalog.refused.duplicateDepartment", department);
	}

	static Refusal.FieldError unknownMajor(String major) {
		return Refusal.FieldError.of("majorCode", "catalog.refused.unknownMajor", major);
	}

	static Refusal.FieldError codeFormat(String code) {
		return Refusal.FieldError.of("code", "catalog.refused.codeFormat", code);
	}

	static Refusal.FieldError codeMajorMismatch(String major) {
		return Refusal.FieldError.of("code", "catalog.refused.codeMajorMismatch", major);
	}

	static Refusal.FieldError codeTakenField(String code) {
		return Refusal.FieldError.of("code", "catalog.refused.codeTaken", code);
	}
}
