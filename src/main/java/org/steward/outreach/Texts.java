package org.steward.outreach;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.refusal.Refusal;

/** The length and presence checks every outreach text passes, naming the field. */
final class Texts {

	private Texts() {
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** The stripped text, or "" after adding a problem when it is missing or too long. */
	static String required(@Nullable String text, String field, int max, List<Refusal.FieldError> problems) {
		if (blank(text)) {
			problems.add(Refusal.FieldError.of(field, "outreach.refused.required"));
			return "";
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			problems.add(Refusal.FieldError.of(field, "outreach.refused.tooLong", max));
		}
		return stripped;
	}

	static @Nullable String optional(@Nullable String text, String field, int max, List<Refusal.FieldError> problems) {
		if (blank(text)) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			problems.add(Refusal.FieldError.of(field, "outreach.refused.tooLong", max));
		}
		return stripped;
	}
}
