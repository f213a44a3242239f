package org.steward.callback;

import org.jspecify.annotations.Nullable;
import org.steward.cases.Rating;

/** What one call found: the reporter reached and their answer, or not reached. */
public enum CallBackOutcome {
	SATISFIED(Rating.SATISFIED), BASICALLY_SATISFIED(Rating.BASICALLY_SATISFIED), DISSATISFIED(Rating.DISSATISFIED),
	NOT_REACHED(null);

	private final @Nullable Rating rating;

	CallBackOutcome(@Nullable Rating rating) {
		this.rating = rating;
	}

	/** The rating the answer gives the case; null when nobody answered. */
	public @Nullable Rating rating() {
		return rating;
	}
}
