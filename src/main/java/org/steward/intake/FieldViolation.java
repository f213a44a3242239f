package org.steward.intake;

import org.jspecify.annotations.Nullable;

/**
 * One bad field of a report: its path in the API's JSON (e.g. {@code location.lat},
 * {@code photos[2]}) and a message key of {@code i18n/intake} with an optional argument.
 */
record FieldViolation(String field, String messageKey, @Nullable Object argument) {

	static FieldViolation of(String field, String messageKey) {
		return new FieldViolation(field, messageKey, null);
	}
}
