package org.steward.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The standard indicators: a count (立案数) or a rate of one counter over another. Named in the
 * bundles as {@code analytics.indicator.<name>} with the definition at
 * {@code analytics.indicator.<name>.definition}; the counting rules are in docs/analytics-indicators.md.
 */
enum Indicator {
	REGISTERED(Counter.REGISTERED, null), HANDLING_RATE(Counter.HANDLED, Counter.DUE),
	HANDLED_ON_TIME_RATE(Counter.HANDLED_ON_TIME, Counter.DUE), CLOSING_RATE(Counter.CLOSED, Counter.DUE),
	CLOSED_ON_TIME_RATE(Counter.CLOSED_ON_TIME, Counter.DUE), REWORK_RATE(Counter.REWORKED, Counter.DUE),
	OVERDUE_RATE(Counter.OVERDUE, Counter.DUE), EXTENSION_RATE(Counter.EXTENDED, Counter.DUE),
	RESPONSE_RATE(Counter.RESPONDED, Counter.ACK_DUE), RESOLUTION_RATE(Counter.RESOLVED, Counter.RATED),
	SATISFACTION_RATE(Counter.SATISFIED, Counter.RATED);

	private final Counter numerator;

	private final @Nullable Counter denominator;

	Indicator(Counter numerator, @Nullable Counter denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public Counter numerator() {
		return numerator;
	}

	public @Nullable Counter denominator() {
		return denominator;
	}

	public boolean isRate() {
		return denominator != null;
	}

	/** The rate in per cent, two decimals, half up; null when nothing was due (no denominator). */
	public @Nullable BigDecimal percent(Counters c) {
		if (denominator == null) {
			return BigDecimal.valueOf(c.get(numerator));
		}
		long d = c.get(denominator);
		if (d == 0) {
			return null;
		}
		return BigDecimal.valueOf(c.get(numerator) * 100L).divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP);
	}

	/** The rate as a fraction 0..1 for scores; null when nothing was due. */
	@Nullable Double fraction(Counters c) {
		if (denominator == null || c.get(denominator) == 0) {
			return null;
		}
		return (double) c.get(numerator) / c.get(denominator);
	}
}
