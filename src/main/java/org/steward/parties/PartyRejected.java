package org.steward.parties;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal of the registry, mapped once to an RFC 9457 problem ({@link PartyProblems}):
 * NOT_FOUND → 404, FORBIDDEN → 403, INVALID → 400 naming {@code field}, CONFLICT → 409.
 */
class PartyRejected extends RuntimeException {

	enum Kind {
		NOT_FOUND, FORBIDDEN, INVALID, CONFLICT
	}

	private final Kind kind;

	private final @Nullable String field;

	private PartyRejected(Kind kind, String message, @Nullable String field) {
		super(message);
		this.kind = kind;
		this.field = field;
	}

	static PartyRejected notFound(String what) {
		return new PartyRejected(Kind.NOT_FOUND, "Not found: " + what, null);
	}

	static PartyRejected forbidden(String why) {
		return new PartyRejected(Kind.FORBIDDEN, why, null);
	}

	static PartyRejected invalid(String field, String message) {
		return new PartyRejected(Kind.INVALID, message, field);
	}

	static PartyRejected conflict(String why) {
		return new PartyRejected(Kind.CONFLICT, why, null);
	}

	Kind kind() {
		return kind;
	}

	@Nullable String field() {
		return field;
	}
}
