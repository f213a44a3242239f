package org.steward.evidence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Photos that {@link Photos#keep} refused, each named by its field, with a message key of {@code i18n/evidence}. */
public class PhotosRejected extends RuntimeException {

	/** One bad photo: {@code photos[i]} (or {@code photos}), a message key and its optional argument. */
	public record Problem(String field, String messageKey, @Nullable Object argument) {
	}

	private final List<Problem> problems;

	PhotosRejected(List<Problem> problems) {
		super(problems.size() + " photo(s) refused: "
				+ String.join(", ", problems.stream().map(Problem::field).toList()));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
