package org.steward.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a period by a grouping, summed from the daily rollup (never a scan of the
 * cases), and the list of cases behind any number, selected from the facts by the same flag the
 * rollup sums, so a number and its list always agree.
 */
@Component
@Transactional(readOnly = true)
class Indicators {

	private static final String SUMS = Arrays.stream(Counter.values())
		.map(c -> "sum(" + c.column() + ") " + c.column())
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final Labels labels;

	Indicators(JdbcClient jdbc, Labels labels) {
		this.jdbc = jdbc;
		this.labels = labels;
	}

	/** One row per value of the grouping that has anything in the period, in label order. */
	List<IndicatorRow> table(Period period, Dimension dim, AnalyticsScope scope, Locale locale) {
		List<Object> args = new ArrayList<>(List.of(dim.name(), period.from(), period.to()));
		args.addAll(scope.args());
		Map<String, String> names = labels.of(dim, locale);
		List<IndicatorRow> rows = jdbc
			.sql("select dim_value, " + SUMS + " from analytics_rollup where dim = ? and rollup_day between ? and ?"
					+ scope.condition() + " group by dim_value")
			.params(args)
			.query((rs, n) -> {
				long[] v = new long[Counter.values().length];
				for (Counter c : Counter.values()) {
					v[c.ordinal()] = rs.getLong(c.column());
				}
				String value = rs.getString("dim_value");
				return new IndicatorRow(dim, value, names.getOrDefault(value, value), Counters.of(v));
			})
			.list();
		return rows.stream().sorted((a, b) -> a.label().compareTo(b.label())).toList();
	}

	/** The whole of the caller's scope in the period. */
	IndicatorRow total(Period period, AnalyticsScope scope, Locale locale) {
		Counters sum = Counters.ZERO;
		for (IndicatorRow row : table(period, Dimension.DISTRICT, scope, locale)) {
			sum = sum.plus(row.counters());
		}
		return new IndicatorRow(Dimension.DISTRICT, "*", "*", sum);
	}

	/** One group's counters in the period (zero when it has nothing). */
	Counters of(Period period, Dimension dim, String value, AnalyticsScope scope) {
		return table(period, dim, scope, Locale.ROOT).stream()
			.filter(r -> r.value().equals(value))
			.map(IndicatorRow::counters)
			.findFirst()
			.orElse(Counters.ZERO);
	}

	/** The cases a counter counts in the period for one group (value null: the whole scope). */
	CaseList cases(Period period, Counter counter, Dimension dim, String value, AnalyticsScope scope, int offset,
			int limit) {
		String where = " from analytics_case_fact where " + counter.dayColumn() + " between ? and ? and "
				+ counter.flagColumn() + " = 1" + ("*".equals(value) ? "" : " and " + dim.factColumn() + " = ?")
				+ scope.condition();
		List<Object> args = new ArrayList<>(List.of(period.from(), period.to()));
		if (!"*".equals(value)) {
			args.add(value);
		}
		args.addAll(scope.args());
		long total = jdbc.sql("select count(*)" + where).params(args).query(Long.class).single();
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(limit);
		pageArgs.add(offset);
		List<CaseFact> facts = jdbc.sql("select *" + where + " order by registered_at, case_number limit ? offset ?")
			.params(pageArgs)
			.query(FactStore::read)
			.list();
		return new CaseList(total, offset, facts);
	}

	/** Every case a counter counts, streamed to {@code sink} in order (exports). */
	void eachCase(Period period, Counter counter, Dimension dim, String value, AnalyticsScope scope,
			java.util.function.Consumer<CaseFact> sink) {
		String where = " from analytics_case_fact where " + counter.dayColumn() + " between ? and ? and "
				+ counter.flagColumn() + " = 1" + ("*".equals(value) ? "" : " and " + dim.factColumn() + " = ?")
				+ scope.condition();
		List<Object> args = new ArrayList<>(List.of(period.from(), period.to()));
		if (!"*".equals(value)) {
			args.add(value);
		}
		args.addAll(scope.args());
		try (var stream = jdbc.sql("select *" + where + " order by registered_at, case_number")
			.params(args)
			.withFetchSize(500)
			.query(FactStore::read)
			.stream()) {
			stream.forEach(sink);
		}
	}

	/** A page of the cases behind a number. */
	record CaseList(long total, int offset, List<CaseFact> cases) {
	}
}
