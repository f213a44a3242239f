package org.steward.analytics;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The counters of one group (a squad, a category, …) in a period, with its label. */
record IndicatorRow(Dimension dim, String value, String label, Counters counters) {

	public @Nullable BigDecimal percent(Indicator indicator) {
		return indicator.percent(counters);
	}

	public long count(Counter counter) {
		return counters.get(counter);
	}
}
