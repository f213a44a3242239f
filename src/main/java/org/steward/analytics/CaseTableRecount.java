package org.steward.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;

/**
 * The facts as the case tables say they are: the one place analytics reads the cases module's
 * tables, for the maintenance recount ({@link RollupRebuild}) that repairs the rollup after a
 * lost event or a change of counting rules. Reads in bulk, in SQL, rather than case by case
 * through the cases module's facade; see docs/analytics-indicators.md.
 */
@Component
class CaseTableRecount {

	/**
	 * One pass over the timeline, grouped by case, instead of six correlated lookups per case: at a
	 * million cases (4.8 million timeline rows, bench/run) the lookups were six million index probes.
	 */
	private static final String FACTS = """
			select c.case_number, c.created_at, c.acknowledge_by, c.handle_by, c.status, c.district_code, c.squad_code,
			       c.station_code, c.community_code, c.grid_code, c.category_code, c.lead_department,
			       c.assigned_officer_name, c.channel, c.address, c.lat, c.lng, c.handled_at, c.closed_at,
			       c.rework_count, c.rating, c.version,
			       t.first_ack, t.first_arrived, coalesce(t.via_command, 0) via_command, coalesce(t.extended, 0) extended,
			       coalesce(t.missed_handle, 0) missed_handle, coalesce(t.review_reworked, 0) review_reworked
			  from case_file c
			  left join (select case_id,
			       min(case when action = 'ACKNOWLEDGE' then happened_at end) first_ack,
			       min(case when action = 'ARRIVE' then happened_at end) first_arrived,
			       sum(case when (action = 'REGISTERED' and note_code = 'QUEUED')
			                  or (action = 'ESCALATE' and note_args like 'COMMAND_CENTRE%') then 1 else 0 end) via_command,
			       sum(case when action = 'EXTENSION_APPROVED' then 1 else 0 end) extended,
			       sum(case when action = 'DEADLINE_MISSED' and note_args like 'HANDLE%' then 1 else 0 end) missed_handle,
			       sum(case when action = 'REVIEW_REWORK' then 1 else 0 end) review_reworked
			  from case_timeline group by case_id) t on t.case_id = c.id""";

	private final JdbcClient jdbc;

	private final Catalog catalog;

	CaseTableRecount(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	List<CaseFact> facts() {
		List<CaseFact> all = new java.util.ArrayList<>();
		facts(1000, all::addAll);
		return all;
	}

	/**
	 * The facts in batches of {@code batchSize}, read as a cursor (in the caller's transaction): a
	 * recount of a million cases holds one batch in memory, never the million.
	 */
	void facts(int batchSize, java.util.function.Consumer<List<CaseFact>> sink) {
		Map<String, CategoryRules> categories = new HashMap<>();
		catalog.allCurrent().forEach(c -> categories.put(c.code(), c));
		List<CaseFact> batch = new java.util.ArrayList<>(batchSize);
		try (var stream = jdbc.sql(FACTS).withFetchSize(batchSize).query((rs, n) -> {
			String category = rs.getString("category_code");
			CategoryRules rules = categories.get(category);
			return new CaseFact(rs.getString("case_number"), CaseFact.Source.CASE, rs.getLong("version"),
					FactStore.instant(rs, "created_at"), FactStore.instant(rs, "acknowledge_by"),
					FactStore.instant(rs, "handle_by"), rs.getString("status"), rs.getString("district_code"),
					CaseFact.orUnknown(rs.getString("squad_code")), CaseFact.orUnknown(rs.getString("station_code")),
					CaseFact.orUnknown(rs.getString("community_code")), CaseFact.orUnknown(rs.getString("grid_code")),
					category, rules == null ? category : rules.nameZh(), rules == null ? category : rules.nameEn(),
					rs.getString("lead_department"), CaseFact.orUnknown(rs.getString("assigned_officer_name")),
					rs.getLong("version"), rs.getString("channel"), rs.getString("address"), rs.getDouble("lat"),
					rs.getDouble("lng"), rs.getLong("via_command") > 0, FactStore.instant(rs, "first_ack"),
					FactStore.instant(rs, "first_arrived"), FactStore.instant(rs, "handled_at"),
					FactStore.instant(rs, "closed_at"), rs.getInt("rework_count"), rs.getLong("extended") > 0,
					rs.getLong("missed_handle") > 0, rs.getString("rating"), rs.getLong("review_reworked") > 0);
		}).stream()) {
			stream.forEach(fact -> {
				batch.add(fact);
				if (batch.size() == batchSize) {
					sink.accept(List.copyOf(batch));
					batch.clear();
				}
			});
		}
		if (!batch.isEmpty()) {
			sink.accept(List.copyOf(batch));
		}
	}
}
