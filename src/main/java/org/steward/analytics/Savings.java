package org.steward.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the direct route saves (S3): minutes from registration to the first report for duty, the
 * first arrival, the handling and the close, for cases that went straight to a station against
 * cases that went through the command centre (the old chain), and for each station before and after
 * its opening day ({@code steward.analytics.station-openings}). Medians and 90th percentiles in
 * natural time (nearest rank).
 */
@Component
@Transactional(readOnly = true)
class Savings {

	/** The steps timed from registration. */
	enum Step {
		ACKNOWLEDGE, ARRIVE, HANDLE, CLOSE
	}

	private final JdbcClient jdbc;

	private final AnalyticsProperties settings;

	Savings(JdbcClient jdbc, AnalyticsProperties settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The direct route against the command centre, for the caller's scope. */
	List<Group> byRoute(Period period, AnalyticsScope scope) {
		List<Timed> all = timed(period, scope);
		return List.of(group("DIRECT", null, all.stream().filter(t -> !t.viaCommandCentre()).toList()),
				group("COMMAND_CENTRE", null, all.stream().filter(Timed::viaCommandCentre).toList()));
	}

	/** Each station with an opening day: before it against after it. */
	List<Group> byOpening(Period period, AnalyticsScope scope) {
		List<Timed> all = timed(period, scope);
		List<Group> out = new ArrayList<>();
		settings.stationOpenings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			List<Timed> station = all.stream().filter(t -> t.station().equals(e.getKey())).toList();
			if (station.isEmpty()) {
				return;
			}
			LocalDate opened = e.getValue();
			out.add(group("BEFORE", e.getKey(), station.stream().filter(t -> t.day().isBefore(opened)).toList()));
			out.add(group("AFTER", e.getKey(), station.stream().filter(t -> !t.day().isBefore(opened)).toList()));
		});
		return out;
	}

	private List<Timed> timed(Period period, AnalyticsScope scope) {
		List<Object> args = new ArrayList<>(List.of(period.from(), period.to()));
		args.addAll(scope.args());
		return jdbc.sql("""
				select station_code, registered_day, registered_at, via_command_centre, status, first_ack_at,
				       first_arrived_at, last_handled_at, last_closed_at
				  from analytics_case_fact
				 where registered_day between ? and ? and f_registered = 1""" + scope.condition())
			.params(args)
			.query((rs, n) -> {
				Instant at = FactStore.instant(rs, "registered_at");
				String status = rs.getString("status");
				boolean handled = "HANDLED".equals(status) || "CLOSED".equals(status);
				return new Timed(rs.getString("station_code"), rs.getObject("registered_day", LocalDate.class),
						rs.getBoolean("via_command_centre"), minutes(at, FactStore.instant(rs, "first_ack_at")),
						minutes(at, FactStore.instant(rs, "first_arrived_at")),
						handled ? minutes(at, FactStore.instant(rs, "last_handled_at")) : null,
						"CLOSED".equals(status) ? minutes(at, FactStore.instant(rs, "last_closed_at")) : null);
			})
			.list();
	}

	private static @Nullable Long minutes(Instant from, @Nullable Instant to) {
		return to == null ? null : Duration.between(from, to).toMinutes();
	}

	private static Group group(String name, @Nullable String station, List<Timed> cases) {
		List<Stat> stats = new ArrayList<>();
		for (Step step : Step.values()) {
			List<Long> values = new ArrayList<>();
			for (Timed t : cases) {
				Long v = switch (step) {
					case ACKNOWLEDGE -> t.ack();
					case ARRIVE -> t.arrive();
					case HANDLE -> t.handle();
					case CLOSE -> t.close();
				};
				if (v != null) {
					values.add(v);
				}
			}
			Collections.sort(values);
			stats.add(new Stat(step, values.size(), rank(values, 0.5), rank(values, 0.9)));
		}
		return new Group(name, station, cases.size(), stats);
	}

	/** Nearest-rank percentile; null for no values. */
	static @Nullable Long rank(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return null;
		}
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private record Timed(String station, LocalDate day, boolean viaCommandCentre, @Nullable Long ack,
			@Nullable Long arrive, @Nullable Long handle, @Nullable Long close) {
	}

	/** A step's count of timed cases, median and 90th percentile in minutes. */
	record Stat(Step step, int count, @Nullable Long median, @Nullable Long p90) {
	}

	/** A route (DIRECT, COMMAND_CENTRE) or a station's side of its opening (BEFORE, AFTER). */
	record Group(String name, @Nullable String station, int cases, List<Stat> stats) {

		public Stat stat(Step step) {
			return stats.get(step.ordinal());
		}
	}
}
