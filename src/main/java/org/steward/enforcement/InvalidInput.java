package org.steward.enforcement;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Input with bad fields, every one of them named at once, so a form marks each field inline and
 * the API lists them all. Each problem is a message of {@code i18n/enforcement} (code
 * {@code enforcement.error.<code>}) for the pages, with an English default the API answers with.
 */
public class InvalidInput extends RuntimeException {

	/** One bad field: its name, the message code, the English default and the message's arguments. */
	public record Problem(String field, String code, String defaultMessage, List<Object> arguments)
			implements MessageSourceResolvable {

		public Problem {
			arguments = List.copyOf(arguments);
		}

		public static Problem of(String field, String code, String defaultMessage, Object... arguments) {
			return new Problem(field, code, defaultMessage, Arrays.asList(arguments));
		}

		@Override
		public String[] getCodes() {
			return new String[] { "enforcement.error." + code };
		}

		@Override
		public Object[] getArguments() {
			return arguments.toArray();
		}

		@Override
		public @Nullable String getDefaultMessage() {
			return defaultMessage;
		}
	}

	private final List<Problem> problems;

	InvalidInput(List<Problem> problems) {
		super(problems.isEmpty() ? "invalid input" : problems.get(0).field() + ": " + problems.get(0).defaultMessage());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String code, String defaultMessage, Object... arguments) {
		return new InvalidInput(List.of(Problem.of(field, code, defaultMessage, arguments)));
	}

	/** Throws when there is anything to complain about. */
	public static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	public List<Problem> problems() {
		return problems;
	}
}
