package org.steward.enforcement;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal in the enforcement module, mapped once to an RFC 9457 problem: NOT_FOUND
 * → 404, FORBIDDEN → 403, INVALID → 400 naming {@code field}, CONFLICT → 409.
 */
public class EnforcementRejected extends RuntimeException implements org.springframework.context.MessageSourceResolvable {

	public enum Kind {
		NOT_FOUND, FORBIDDEN, INVALID, CONFLICT
	}

	private final Kind kind;

	private final @Nullable String field;

	/** The message code for pages ({@code enforcement.error.<code>}); the English message is the default. */
	private final @Nullable String code;

	private EnforcementRejected(Kind kind, String message, @Nullable String field) {
		this(kind, message, field, null);
	}

	private EnforcementRejected(Kind kind, String message, @Nullable String field, @Nullable String code) {
		super(message);
		this.kind = kind;
		this.field = field;
		this.code = code;
	}

	/** A conflict the pages word in the reader's language. */
	public static EnforcementRejected conflict(String code, String why) {
		return new EnforcementRejected(Kind.CONFLICT, why, null, code);
	}

	/** A refusal of the viewer's role the pages word in the reader's language. */
	public static EnforcementRejected forbidden(String code, String why) {
		return new EnforcementRejected(Kind.FORBIDDEN, why, null, code);
	}

	@Override
	public String[] getCodes() {
		return code == null ? new String[0] : new String[] { "enforcement.error." + code };
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return getMessage();
	}

	public static EnforcementRejected notFound(String what) {
		return new EnforcementRejected(Kind.NOT_FOUND, "Not found: " + what, null);
	}

	public static EnforcementRejected forbidden(String why) {
		return new EnforcementRejected(Kind.FORBIDDEN, why, null);
	}

	static EnforcementRejected invalid(String field, String message) {
		return new EnforcementRejected(Kind.INVALID, message, field);
	}

	public static EnforcementRejected conflict(String why) {
		return new EnforcementRejected(Kind.CONFLICT, why, null);
	}

	public Kind kind() {
		return kind;
	}

	@Nullable String field() {
		return field;
	}
}
