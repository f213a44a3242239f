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

	private static final String FACTS = """
			select c.case_number, c.created_at, c.acknowledge_by, c.handle_by, c.status, c.district_code, c.squad_code,
			       c.station_code, c.community_code, c.grid_code, c.category_code, c.lead_department,
			       c.assigned_officer_name, c.channel, c.address, c.lat, c.lng, c.handled_at, c.closed_at,
			       c.rework_count, c.rating, c.version,
			       (select min(t.happened_at) from case_timeline t where t.case_id = c.id and t.action = 'ACKNOWLEDGE') first_ack,
			       (select min(t.happened_at) from case_timeline t where t.case_id = c.id and t.action = 'ARRIVE') first_arrived,
			       (select count(*) from case_timeline t where t.case_id = c.id
			         and ((t.action = 'REGISTERED' and t.note_code = 'QUEUED')
			           or (t.action = 'ESCALATE' and t.note_args like 'COMMAND_CENTRE%'))) via_command,
			       (select count(*) from case_timeline t where t.case_id = c.id and t.action = 'EXTENSION_APPROVED') extended,
			       (select count(*) from case_timeline t where t.case_id = c.id and t.action = 'DEADLINE_MISSED'
			         and t.note_args like 'HANDLE%') missed_handle,
			       (select count(*) from case_timeline t where t.case_id = c.id and t.action = 'REVIEW_REWORK') review_reworked
			  from case_file c""";

	private final JdbcClient jdbc;

	private final Catalog catalog;

	CaseTableRecount(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	List<CaseFact> facts() {
		Map<String, CategoryRules> categories = new HashMap<>();
		catalog.allCurrent().forEach(c -> categories.put(c.code(), c));
		return jdbc.sql(FACTS).query((rs, n) -> {
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
		}).list();
	}
}
