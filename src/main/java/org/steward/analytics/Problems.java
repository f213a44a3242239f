package org.steward.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prominent problems (S14): the categories and grids with most registered cases in a period, the
 * weekly trend of the top categories, counts per grid for the heat map (all from the rollup), and
 * recurring places: the same category at the same address again and again (from the facts).
 */
@Component
@Transactional(readOnly = true)
class Problems {

	static final int TOP = 10;

	static final int WEEKS = 12;

	static final int RECURRING_AT_LEAST = 3;

	private final Indicators indicators;

	private final JdbcClient jdbc;

	Problems(Indicators indicators, JdbcClient jdbc) {
		this.indicators = indicators;
		this.jdbc = jdbc;
	}

	List<IndicatorRow> top(Period period, Dimension dim, AnalyticsScope scope, Locale locale) {
		return indicators.table(period, dim, scope, locale)
			.stream()
			.filter(r -> r.count(Counter.REGISTERED) > 0 && !CaseFact.UNKNOWN.equals(r.value()))
			.sorted(Comparator.comparingLong((IndicatorRow r) -> r.count(Counter.REGISTERED)).reversed())
			.limit(TOP)
			.toList();
	}

	/** Registered cases per grid code in the period. */
	Map<String, Long> perGrid(Period period, AnalyticsScope scope) {
		Map<String, Long> out = new LinkedHashMap<>();
		for (IndicatorRow row : indicators.table(period, Dimension.GRID, scope, Locale.ROOT)) {
			if (!CaseFact.UNKNOWN.equals(row.value())) {
				out.put(row.value(), row.count(Counter.REGISTERED));
			}
		}
		return out;
	}

	/** Weeks (Monday dates) ending with the period's last week, and per top category the cases registered each week. */
	Map<String, Object> weekly(Period period, AnalyticsScope scope, Locale locale) {
		LocalDate lastMonday = period.to().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate firstMonday = lastMonday.minusWeeks(WEEKS - 1);
		Period span = new Period(Period.Kind.CUSTOM, firstMonday, lastMonday.plusDays(6));
		List<IndicatorRow> top = top(span, Dimension.CATEGORY, scope, locale).stream().limit(5).toList();
		List<String> weeks = new ArrayList<>();
		for (int i = 0; i < WEEKS; i++) {
			weeks.add(firstMonday.plusWeeks(i).toString());
		}
		Map<String, long[]> series = new LinkedHashMap<>();
		for (IndicatorRow row : top) {
			series.put(row.value(), new long[WEEKS]);
		}
		List<Object> args = new ArrayList<>(List.of(span.from(), span.to()));
		args.addAll(scope.args());
		jdbc.sql("select rollup_day, dim_value, sum(registered) n from analytics_rollup where dim = 'CATEGORY'"
				+ " and rollup_day between ? and ?" + scope.condition() + " group by rollup_day, dim_value")
			.params(args)
			.query(rs -> {
				long[] s = series.get(rs.getString("dim_value"));
				if (s != null) {
					LocalDate day = rs.getObject("rollup_day", LocalDate.class);
					int week = (int) (java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, day));
					if (week >= 0 && week < WEEKS) {
						s[week] += rs.getLong("n");
					}
				}
			});
		Map<String, long[]> named = new LinkedHashMap<>();
		for (IndicatorRow row : top) {
			named.put(row.label(), series.get(row.value()));
		}
		return Map.of("weeks", weeks, "series", named);
	}

	/** Places where one category was registered at least {@link #RECURRING_AT_LEAST} times in the period. */
	List<Recurring> recurring(Period period, AnalyticsScope scope) {
		List<Object> args = new ArrayList<>(List.of(period.from(), period.to()));
		args.addAll(scope.args());
		args.add(RECURRING_AT_LEAST);
		return jdbc.sql("select category_code, min(category_name_zh) name_zh, min(category_name_en) name_en, grid_code,"
				+ " address, count(*) n from analytics_case_fact where registered_day between ? and ? and f_registered = 1"
				+ " and address is not null" + scope.condition()
				+ " group by category_code, grid_code, address having count(*) >= ? order by n desc, address limit 20")
			.params(args)
			.query((rs, i) -> new Recurring(rs.getString("category_code"), rs.getString("name_zh"),
					rs.getString("name_en"), rs.getString("grid_code"), rs.getString("address"), rs.getLong("n")))
			.list();
	}

	record Recurring(String categoryCode, String nameZh, String nameEn, String gridCode, String address, long count) {
	}
}
