package org.steward.enforcement;

import org.jspecify.annotations.Nullable;

/** The one test every form field of enforcement starts with. */
public final class Text {

	private Text() {
	}

	public static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
