package org.steward.enforcement;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal in the enforcement module, mapped once to an RFC 9457 problem: NOT_FOUND
 * → 404, FORBIDDEN → 403, INVALID → 400 naming {@code field}, CONFLICT → 409.
 */
class EnforcementRejected extends RuntimeException {

	enum Kind {
		NOT_FOUND, FORBIDDEN, INVALID, CONFLICT
	}

	private final Kind kind;

	private final @Nullable String field;

	private EnforcementRejected(Kind kind, String message, @Nullable String field) {
		super(message);
		this.kind = kind;
		this.field = field;
	}

	static EnforcementRejected notFound(String what) {
		return new EnforcementRejected(Kind.NOT_FOUND, "Not found: " + what, null);
	}

	static EnforcementRejected forbidden(String why) {
		return new EnforcementRejected(Kind.FORBIDDEN, why, null);
	}

	static EnforcementRejected invalid(String field, String message) {
		return new EnforcementRejected(Kind.INVALID, message, field);
	}

	static EnforcementRejected conflict(String why) {
		return new EnforcementRejected(Kind.CONFLICT, why, null);
	}

	Kind kind() {
		return kind;
	}

	@Nullable String field() {
		return field;
	}
}
