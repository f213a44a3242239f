package org.steward.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.StewardProperties;

/**
 * The fact table and the daily rollup. Every change of a fact changes the rollup by the difference
 * of its contributions before and after, in the same transaction and under the fact's row lock;
 * rollup rows are touched in key order so concurrent listeners never wait on each other in a cycle.
 */
@Component
class FactStore {

	static final String COLUMNS = """
			case_number, source, event_version, registered_at, registered_day, due_day, acknowledge_by, handle_by,
			status, district_code, squad_code, station_code, community_code, grid_code, category_code,
			category_name_zh, category_name_en, department, officer, officer_version, channel, address, lat, lng,
			via_command_centre, first_ack_at, first_arrived_at, last_handled_at, last_closed_at, rework_count, extended,
			missed_handle, rating, review_reworked, f_registered, f_due, f_handled, f_handled_on_time, f_closed,
			f_closed_on_time, f_reworked, f_overdue, f_extended, f_ack_due, f_responded, f_rated, f_resolved,
			f_satisfied""";

	private static final String UPDATE_SET = java.util.Arrays.stream(COLUMNS.split(","))
		.map(String::strip)
		.skip(1)
		.map(c -> c + " = ?")
		.collect(Collectors.joining(", "));

	private static final String ROLLUP_COLUMNS = java.util.Arrays.stream(Counter.values())
		.map(Counter::column)
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ZoneId zone;

	FactStore(JdbcClient jdbc, JdbcTemplate template, StewardProperties steward) {
		this.jdbc = jdbc;
		this.template = template;
		this.zone = steward.zone();
	}

	ZoneId zone() {
		return zone;
	}

	/**
	 * Locks the case's fact row for this transaction, creating an empty placeholder first if the
	 * case has none (so two first events of one case never both insert); empty when the row is
	 * only the placeholder.
	 */
	Optional<CaseFact> lock(CaseFact placeholder) {
		template.update("insert into analytics_case_fact (" + COLUMNS + ") values (" + marks() + ") on conflict do nothing",
				values(placeholder, "NEW"));
		return jdbc.sql("select * from analytics_case_fact where case_number = ? for update")
			.param(placeholder.caseNumber())
			.query((rs, n) -> "NEW".equals(rs.getString("source")) ? null : read(rs))
			.optional();
	}

	/**
	 * Stores a case's first fact when the case has none yet and moves the rollup by it; false (and
	 * nothing done) when a row is there already. A registration's fact costs an insert and the
	 * rollup batch, not the placeholder, the locking read and the update of {@link #lock} and
	 * {@link #replace}. A concurrent first event of the same case waits on this row's key and then
	 * finds it.
	 */
	boolean insertFirst(CaseFact first) {
		int inserted = template.update("insert into analytics_case_fact (" + COLUMNS + ") values (" + marks()
				+ ") on conflict do nothing", values(first, first.source().name()));
		if (inserted == 0) {
			return false;
		}
		moveRollup(null, first);
		return true;
	}

	/** Stores the fact (which exists, at least as the placeholder) and moves the rollup by the difference. */
	void replace(@Nullable CaseFact before, CaseFact after) {
		// an update, not delete and insert: a concurrent listener waiting on this row's lock then reads
		// the row as this transaction leaves it (PostgreSQL follows an updated row, skips a deleted one)
		Object[] all = values(after, after.source().name());
		Object[] args = new Object[all.length];
		System.arraycopy(all, 1, args, 0, all.length - 1);
		args[all.length - 1] = all[0];
		template.update("update analytics_case_fact set " + UPDATE_SET + " where case_number = ?", args);
		moveRollup(before, after);
	}

	private void moveRollup(@Nullable CaseFact before, CaseFact after) {
		Map<RollupKey, Counters> delta = new TreeMap<>();
		if (before != null) {
			for (CaseFact.Contribution c : before.contributions(zone)) {
				delta.merge(c.key(), c.counters().negate(), Counters::plus);
			}
		}
		for (CaseFact.Contribution c : after.contributions(zone)) {
			delta.merge(c.key(), c.counters(), Counters::plus);
		}
		List<RollupKey> keys = new ArrayList<>();
		List<Object[]> moves = new ArrayList<>();
		delta.forEach((key, counters) -> {
			if (!counters.isZero()) {
				keys.add(key);
				moves.add(move(key, counters));
			}
		});
		add(keys, moves);
	}

	private static final String ROLLUP_MOVE = "update analytics_rollup set "
			+ java.util.Arrays.stream(Counter.values())
				.map(c -> c.column() + " = " + c.column() + " + ?")
				.collect(java.util.stream.Collectors.joining(", "))
			+ " where dim = ? and rollup_day = ? and squad_code = ? and station_code = ? and dim_value = ?";

	private static Object[] keyValues(RollupKey key) {
		return new Object[] { key.dim().name(), key.day(), key.squadCode(), key.stationCode(), key.value() };
	}

	private static Object[] move(RollupKey key, Counters counters) {
		List<Object> args = new ArrayList<>();
		for (Counter c : Counter.values()) {
			args.add(counters.get(c));
		}
		args.addAll(List.of(keyValues(key)));
		return args.toArray();
	}

	/**
	 * Moves the rollup rows in one batch (a registration touches one row per dimension, sixteen
	 * round trips before), in key order; rows that do not exist yet are created and moved in a
	 * second batch.
	 */
	private void add(List<RollupKey> keys, List<Object[]> moves) {
		if (keys.isEmpty()) {
			return;
		}
		int[] updated = template.batchUpdate(ROLLUP_MOVE, moves);
		List<Object[]> missingKeys = new ArrayList<>();
		List<Object[]> missingMoves = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			// a driver that cannot tell the count answers SUCCESS_NO_INFO (-2): the row was there
			if (updated[i] == 0) {
				missingKeys.add(keyValues(keys.get(i)));
				missingMoves.add(moves.get(i));
			}
		}
		if (missingKeys.isEmpty()) {
			return;
		}
		template.batchUpdate("insert into analytics_rollup (dim, rollup_day, squad_code, station_code, dim_value, "
				+ ROLLUP_COLUMNS + ") values (?, ?, ?, ?, ?" + ", 0".repeat(Counter.values().length)
				+ ") on conflict do nothing", missingKeys);
		template.batchUpdate(ROLLUP_MOVE, missingMoves);
	}

	/**
	 * Stores facts that no event will ever change (demo history, recounts) without touching the rollup.
	 * A case whose fact its own event wrote meanwhile keeps that fact: a rebuild runs while intake
	 * goes on, and the listeners of cases registered just before it insert after its delete (bench/run
	 * answered the rebuild with a duplicate key, 500, after the 64-connection load).
	 */
	void insertAll(List<CaseFact> facts) {
		List<Object[]> rows = facts.stream().map(f -> values(f, f.source().name())).toList();
		template.batchUpdate("insert into analytics_case_fact (" + COLUMNS + ") values (" + marks() + ") on conflict do nothing", rows);
	}

	void deleteFacts(CaseFact.Source source) {
		template.update("delete from analytics_case_fact where source = ?", source.name());
	}

	/** Recounts the whole rollup from the facts: what the incremental updates must always equal. */
	void recountRollup() {
		writeRollup(recount());
	}

	/**
	 * Replaces the rollup by the facts' sums: {@code caseSums}, those of the facts of source CASE as
	 * the rebuild just wrote them (it added them up while writing, instead of reading a million
	 * facts back), plus those of every other stored fact (the labelled demo history).
	 */
	void recountRollup(Map<RollupKey, Counters> caseSums) {
		Map<RollupKey, Counters> sums = new TreeMap<>(caseSums);
		try (var facts = jdbc.sql("select * from analytics_case_fact where source <> 'NEW' and source <> ?")
			.param(CaseFact.Source.CASE.name())
			.withFetchSize(1000)
			.query((rs, n) -> read(rs))
			.stream()) {
			facts.forEach(f -> add(sums, f));
		}
		writeRollup(sums);
	}

	/** Adds a fact's contributions to {@code sums}. */
	void add(Map<RollupKey, Counters> sums, CaseFact fact) {
		fact.contributions(zone).forEach(c -> sums.merge(c.key(), c.counters(), Counters::plus));
	}

	private void writeRollup(Map<RollupKey, Counters> sums) {
		template.update("delete from analytics_rollup");
		String insert = "insert into analytics_rollup (dim, rollup_day, squad_code, station_code, dim_value, "
				+ ROLLUP_COLUMNS + ") values (?, ?, ?, ?, ?" + ", ?".repeat(Counter.values().length) + ")";
		// in batches of a thousand rows: two years of a district are a few hundred thousand rows
		List<Object[]> rows = new ArrayList<>();
		sums.forEach((key, counters) -> {
			List<Object> row = new ArrayList<>(List.of(key.dim().name(), key.day(), key.squadCode(), key.stationCode(),
					key.value()));
			for (Counter c : Counter.values()) {
				row.add(counters.get(c));
			}
			rows.add(row.toArray());
			if (rows.size() == 1000) {
				template.batchUpdate(insert, rows);
				rows.clear();
			}
		});
		if (!rows.isEmpty()) {
			template.batchUpdate(insert, rows);
		}
	}

	/** The rollup as the facts say it should be. */
	Map<RollupKey, Counters> recount() {
		Map<RollupKey, Counters> sums = new TreeMap<>();
		try (var facts = jdbc.sql("select * from analytics_case_fact where source <> 'NEW'").withFetchSize(1000).query((rs, n) -> read(rs))
			.stream()) {
			facts.forEach(f -> add(sums, f));
		}
		return sums;
	}

	/** The rollup as stored, without rows that add up to nothing. */
	Map<RollupKey, Counters> storedRollup() {
		Map<RollupKey, Counters> rows = new TreeMap<>();
		jdbc.sql("select * from analytics_rollup").query(rs -> {
			long[] values = new long[Counter.values().length];
			for (Counter c : Counter.values()) {
				values[c.ordinal()] = rs.getLong(c.column());
			}
			Counters counters = Counters.of(values);
			if (!counters.isZero()) {
				rows.put(new RollupKey(rs.getObject("rollup_day", LocalDate.class), rs.getString("squad_code"),
						rs.getString("station_code"), Dimension.valueOf(rs.getString("dim")), rs.getString("dim_value")),
						counters);
			}
		});
		return rows;
	}

	List<CaseFact> facts(CaseFact.Source source) {
		return jdbc.sql("select * from analytics_case_fact where source = ? order by case_number")
			.param(source.name())
			.query((rs, n) -> read(rs))
			.list();
	}

	long count(CaseFact.Source source) {
		return jdbc.sql("select count(*) from analytics_case_fact where source = ?").param(source.name())
			.query(Long.class)
			.single();
	}

	private static String marks() {
		int columns = COLUMNS.split(",").length;
		return "?, ".repeat(columns - 1) + "?";
	}

	private Object[] values(CaseFact f, String source) {
		Counters c = "NEW".equals(source) ? Counters.ZERO : f.counters();
		List<Object> v = new ArrayList<>(List.of(f.caseNumber(), source, f.eventVersion(), ts(f.registeredAt()),
				f.registeredDay(zone)));
		v.add("NEW".equals(source) ? null : f.dueDay(zone));
		v.add(ts(f.acknowledgeBy()));
		v.add(ts(f.handleBy()));
		v.addAll(List.of(f.status(), f.districtCode(), f.squadCode(), f.stationCode(), f.communityCode(), f.gridCode(),
				f.categoryCode(), f.categoryNameZh(), f.categoryNameEn(), f.department(), f.officer(), f.officerVersion(),
				f.channel()));
		v.add(f.address());
		v.add(f.lat());
		v.add(f.lng());
		v.add(f.viaCommandCentre());
		v.add(ts(f.firstAckAt()));
		v.add(ts(f.firstArrivedAt()));
		v.add(ts(f.lastHandledAt()));
		v.add(ts(f.lastClosedAt()));
		v.add(f.reworkCount());
		v.add(f.extended());
		v.add(f.missedHandle());
		v.add(f.rating());
		v.add(f.reviewReworked());
		for (Counter counter : Counter.values()) {
			v.add((int) c.get(counter));
		}
		return v.toArray();
	}

	static CaseFact read(ResultSet rs, int row) throws SQLException {
		return read(rs);
	}

	private static CaseFact read(ResultSet rs) throws SQLException {
		return new CaseFact(rs.getString("case_number"), CaseFact.Source.valueOf(rs.getString("source")),
				rs.getLong("event_version"), instant(rs, "registered_at"), instant(rs, "acknowledge_by"),
				instant(rs, "handle_by"), rs.getString("status"), rs.getString("district_code"), rs.getString("squad_code"),
				rs.getString("station_code"), rs.getString("community_code"), rs.getString("grid_code"),
				rs.getString("category_code"), rs.getString("category_name_zh"), rs.getString("category_name_en"),
				rs.getString("department"), rs.getString("officer"), rs.getLong("officer_version"),
				rs.getString("channel"), rs.getString("address"), rs.getDouble("lat"), rs.getDouble("lng"),
				rs.getBoolean("via_command_centre"), instant(rs, "first_ack_at"), instant(rs, "first_arrived_at"),
				instant(rs, "last_handled_at"), instant(rs, "last_closed_at"), rs.getInt("rework_count"),
				rs.getBoolean("extended"), rs.getBoolean("missed_handle"), rs.getString("rating"),
				rs.getBoolean("review_reworked"));
	}

	static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}
}
