package org.steward.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One reason an edit of the catalog is rejected: the form field it concerns, a message key of
 * {@code i18n/catalog.properties} and the offending value, if any, for the message.
 */
record Violation(String field, String messageKey, @Nullable String argument) {

	/** Field name for errors that concern the whole form rather than one input. */
	static final String WHOLE_FORM = "";

	static Violation of(String field, String messageKey) {
		return new Violation(field, messageKey, null);
	}

	static Violation of(String field, String messageKey, @Nullable String argument) {
		return new Violation(field, messageKey, argument);
	}
}
