package org.steward.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.jspecify.annotations.Nullable;

/**
 * The days an indicator counts, both ends included: a day, an ISO week (Monday to Sunday), a
 * month, a quarter, or custom dates of at most {@link #MAX_DAYS} days.
 */
record Period(Kind kind, LocalDate from, LocalDate to) {

	static final int MAX_DAYS = 731;

	enum Kind {
		DAY, WEEK, MONTH, QUARTER, CUSTOM
	}

	/** The period of {@code kind} containing {@code date}. */
	static Period of(Kind kind, LocalDate date) {
		return switch (kind) {
			case DAY -> new Period(kind, date, date);
			case WEEK -> {
				LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Period(kind, monday, monday.plusDays(6));
			}
			case MONTH -> new Period(kind, date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
			case QUARTER -> {
				LocalDate first = date.with(IsoFields.DAY_OF_QUARTER, 1);
				yield new Period(kind, first, first.plusMonths(3).minusDays(1));
			}
			case CUSTOM -> new Period(kind, date, date);
		};
	}

	/**
	 * Reads a period from request parameters: {@code period} (kind), {@code date} (a day in it,
	 * default {@code today}) or, for CUSTOM, {@code from} and {@code to}. Bad input is refused naming
	 * the field.
	 */
	static Period parse(@Nullable String kind, @Nullable String date, @Nullable String from, @Nullable String to,
			LocalDate today) {
		Kind k;
		try {
			k = kind == null || kind.isBlank() ? Kind.MONTH : Kind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw AnalyticsRefusals.badPeriod("period");
		}
		if (k == Kind.CUSTOM) {
			LocalDate f = day(from, "from", null);
			LocalDate t = day(to, "to", null);
			if (t.isBefore(f) || ChronoUnit.DAYS.between(f, t) >= MAX_DAYS) {
				throw AnalyticsRefusals.badPeriod("to");
			}
			return new Period(k, f, t);
		}
		return of(k, day(date, "date", today));
	}

	private static LocalDate day(@Nullable String text, String field, @Nullable LocalDate fallback) {
		if (text == null || text.isBlank()) {
			if (fallback != null) {
				return fallback;
			}
			throw AnalyticsRefusals.badPeriod(field);
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (RuntimeException ex) {
			throw AnalyticsRefusals.badPeriod(field);
		}
	}

	/** The same kind of period just before this one (for month-over-month and the like). */
	Period previous() {
		return switch (kind) {
			case DAY -> of(kind, from.minusDays(1));
			case WEEK -> of(kind, from.minusWeeks(1));
			case MONTH -> of(kind, from.minusMonths(1));
			case QUARTER -> of(kind, from.minusMonths(3));
			case CUSTOM -> {
				long days = ChronoUnit.DAYS.between(from, to) + 1;
				yield new Period(kind, from.minusDays(days), from.minusDays(1));
			}
		};
	}

	/** The query parameters that name this period again. */
	String query() {
		return kind == Kind.CUSTOM ? "period=CUSTOM&from=" + from + "&to=" + to : "period=" + kind + "&date=" + from;
	}

	@Override
	public String toString() {
		return from.equals(to) ? from.toString() : from + " – " + to;
	}

}
