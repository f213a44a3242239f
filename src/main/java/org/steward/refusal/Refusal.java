package org.steward.refusal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An expected refusal of a command or query, the only one the modules throw. It is a code, not a
 * text: {@link #code()} names a message of the owning module's bundles ({@code <module>.refused.<name>}),
 * {@link #arguments()} fill it, and the translators word it in the reader's language. An argument that
 * itself needs translating (a status, a field's label) is passed as {@link #term(String, Object...)}.
 * <p>
 * Modules keep named factories of their own ({@code CaseRefusals.illegalMove(…)}) built on the
 * factories here. The exception's {@link #getMessage()} is for logs only and is never shown.
 */
public final class Refusal extends RuntimeException {

	/** What kind of no, which fixes the HTTP status. */
	public enum Kind {

		/** 404: the thing does not exist, or the caller may not know that it does. */
		NOT_FOUND(404),
		/** 403: outside the caller's role or data scope. */
		FORBIDDEN(403),
		/** 400: one or more fields are wrong; {@link #fields()} names each. */
		INVALID(400),
		/** 409: the state changed under the caller, or the thing already exists. */
		CONFLICT(409),
		/** 409: the resource's state does not allow this action now. */
		ILLEGAL_MOVE(409),
		/** 401: the caller is not signed in, or signing in failed (wrong password, account disabled). */
		UNAUTHENTICATED(401),
		/** 423: the thing is locked for a while (an account after repeated wrong passwords). */
		LOCKED(423),
		/** 429: too many of these from the caller for now (anonymous reports and photos per address per day). */
		TOO_MANY(429),
		/** 507: the store is full (the photo store's disk budget); not the caller's mistake. */
		STORE_FULL(507);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	/** One bad field: its path in the request, the message code and its arguments. */
	public record FieldError(String field, String code, List<@Nullable Object> arguments)
			implements MessageSourceResolvable {

		public FieldError {
			arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
		}

		public static FieldError of(String field, String code, @Nullable Object @Nullable... arguments) {
			return new FieldError(field, code, argumentList(arguments));
		}

		@Override
		public String[] getCodes() {
			return new String[] { code };
		}

		@Override
		public Object[] getArguments() {
			return arguments.toArray();
		}
	}

	/** The code of the refusal that gathers field errors; its type is {@code urn:steward:problem:validation}. */
	public static final String VALIDATION = "validation";

	private final Kind kind;

	private final String code;

	private final List<@Nullable Object> arguments;

	private final List<FieldError> fields;

	private final Map<String, Object> properties;

	private Refusal(Kind kind, String code, List<@Nullable Object> arguments, List<FieldError> fields,
			Map<String, Object> properties) {
		super(null, null, false, false); // expected: no stack trace to fill
		this.kind = kind;
		this.code = code;
		this.arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
		this.fields = List.copyOf(fields);
		this.properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	private static Refusal of(Kind kind, String code, @Nullable Object @Nullable [] arguments) {
		return new Refusal(kind, code, argumentList(arguments), List.of(), Map.of());
	}

	/** A lone null passed as the varargs arrives as a null array: it is one argument that is null, not none. */
	private static List<@Nullable Object> argumentList(@Nullable Object @Nullable [] arguments) {
		return arguments == null ? java.util.Collections.singletonList(null) : Arrays.asList(arguments);
	}

	public static Refusal notFound(String code, @Nullable Object... arguments) {
		return of(Kind.NOT_FOUND, code, arguments);
	}

	public static Refusal forbidden(String code, @Nullable Object... arguments) {
		return of(Kind.FORBIDDEN, code, arguments);
	}

	public static Refusal conflict(String code, @Nullable Object... arguments) {
		return of(Kind.CONFLICT, code, arguments);
	}

	public static Refusal illegalMove(String code, @Nullable Object... arguments) {
		return of(Kind.ILLEGAL_MOVE, code, arguments);
	}

	public static Refusal unauthenticated(String code, @Nullable Object... arguments) {
		return of(Kind.UNAUTHENTICATED, code, arguments);
	}

	public static Refusal locked(String code, @Nullable Object... arguments) {
		return of(Kind.LOCKED, code, arguments);
	}

	public static Refusal tooMany(String code, @Nullable Object... arguments) {
		return of(Kind.TOO_MANY, code, arguments);
	}

	public static Refusal storeFull(String code, @Nullable Object... arguments) {
		return of(Kind.STORE_FULL, code, arguments);
	}

	/** One bad field. */
	public static Refusal invalid(String field, String code, @Nullable Object... arguments) {
		return invalid(List.of(FieldError.of(field, code, arguments)));
	}

	/** Every bad field at once, so a form marks each inline and the API lists them all. */
	public static Refusal invalid(List<FieldError> fields) {
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("An invalid refusal names at least one field");
		}
		return new Refusal(Kind.INVALID, VALIDATION, List.of(), fields, Map.of());
	}

	/** Throws when there is any bad field; does nothing otherwise. */
	public static void throwIfAny(List<FieldError> fields) {
		if (!fields.isEmpty()) {
			throw invalid(fields);
		}
	}

	/**
	 * A message argument worded in the reader's language too, e.g. {@code term("cases.status.CLOSED")}:
	 * the message source resolves it before it fills the refusal's message.
	 */
	public static MessageSourceResolvable term(String code, @Nullable Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments, code);
	}

	/** The same refusal with one more property for clients (e.g. {@code currentStatus}, {@code allowedActions}). */
	public Refusal with(String property, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(properties);
		more.put(property, value);
		return new Refusal(kind, code, arguments, fields, more);
	}

	public Kind kind() {
		return kind;
	}

	/** The message code, e.g. {@code cases.refused.illegalMove}; {@value #VALIDATION} for field errors. */
	public String code() {
		return code;
	}

	public List<@Nullable Object> arguments() {
		return arguments;
	}

	/** The fields concerned; never empty for {@link Kind#INVALID}. */
	public List<FieldError> fields() {
		return fields;
	}

	/** Extra members of the API problem, by name. */
	public Map<String, Object> properties() {
		return properties;
	}

	/** For logs: the code and its arguments, never shown to a reader. */
	@Override
	public String getMessage() {
		String args = arguments.stream().map(Refusal::logged).collect(Collectors.joining(", "));
		String named = fields.stream()
			.map(f -> f.field() + ": " + f.code() + f.arguments().stream().map(Refusal::logged).toList())
			.collect(Collectors.joining("; "));
		return kind + " " + code + (args.isEmpty() ? "" : " [" + args + "]") + (named.isEmpty() ? "" : " {" + named + "}");
	}

	private static String logged(@Nullable Object argument) {
		return argument instanceof MessageSourceResolvable term && term.getCodes() != null && term.getCodes().length > 0
				? term.getCodes()[0] : String.valueOf(argument);
	}
}
