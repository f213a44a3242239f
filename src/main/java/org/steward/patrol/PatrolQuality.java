package org.steward.patrol;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.organization.Officer;
import org.steward.organization.Organization;
import org.steward.territory.TerritoryUnit;

/**
 * Patrol quality as the standards judge it — by results, not GPS presence (GB/T 30428.4 / CJ/T 292 style):
 * an officer's reports (cases filed on patrol), valid reports (not dismissed as 不予立案), the valid-report
 * rate (有效上报率), the missed-report rate (漏报率: cases in the officer's grids first reported by residents,
 * the community or another system ÷ cases registered there), plus patrols, distance and problems handled on
 * the spot (counted, never dispatched).
 */
@Service
class PatrolQuality {

	/** Channels through which someone other than the patrol found the problem first. */
	static final Set<String> REPORTED_BY_OTHERS = Set.of("PUBLIC", "WHISTLE", "API");

	private final JdbcClient jdbc;

	private final Organization organization;

	private final PatrolScope scope;

	PatrolQuality(JdbcClient jdbc, Organization organization, PatrolScope scope) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.scope = scope;
	}

	/** One officer's figures in a period. */
	record Row(String officerCode, String officerName, int patrols, long metres, int reports, int validReports,
			int onTheSpot, int casesInGrids, int missed) {

		/** 有效上报率 in percent, one decimal; null without reports. */
		public Double validRate() {
			return reports == 0 ? null : Math.round(1000.0 * validReports / reports) / 10.0;
		}

		/** 漏报率 in percent, one decimal; null without cases in the officer's grids. */
		public Double missedRate() {
			return casesInGrids == 0 ? null : Math.round(1000.0 * missed / casesInGrids) / 10.0;
		}
	}

	@Transactional(readOnly = true)
	List<Row> ofStation(String stationCode, Instant from, Instant to) {
		List<String> grids = scope.gridsOf(stationCode).stream().map(TerritoryUnit::code).toList();
		List<Row> rows = new ArrayList<>();
		for (Officer officer : organization.officersOf(stationCode)) {
			if (!officer.active()) {
				continue;
			}
			List<String> own = grids.stream()
				.filter(g -> organization.responsibilityFor(g).map(r -> r.officer().code().equals(officer.code()))
					.orElse(false))
				.toList();
			int patrols = count("""
					select count(*) from patrol where station_code = :s and officer_code = :o and started_at >= :from
					  and started_at < :to""", stationCode, officer.code(), from, to);
			long metres = Math.round(jdbc.sql("""
					select coalesce(sum(distance_metres), 0) from patrol where station_code = :s and officer_code = :o
					  and started_at >= :from and started_at < :to""")
				.param("s", stationCode)
				.param("o", officer.code())
				.param("from", Timestamp.from(from))
				.param("to", Timestamp.from(to))
				.query(Double.class)
				.single());
			int onTheSpot = count("""
					select count(*) from patrol_finding f join patrol p on p.id = f.patrol_id
					where p.station_code = :s and p.officer_code = :o and f.kind = 'ON_THE_SPOT' and f.at >= :from and f.at < :to""",
					stationCode, officer.code(), from, to);
			int reports = facts("channel = 'PATROL' and actor = :name and station_code = :s", officer, stationCode, from,
					to);
			int valid = facts("channel = 'PATROL' and actor = :name and station_code = :s and dismissed = false", officer,
					stationCode, from, to);
			int inGrids = own.isEmpty() ? 0 : inGrids(own, from, to, false);
			int missed = own.isEmpty() ? 0 : inGrids(own, from, to, true);
			rows.add(new Row(officer.code(), officer.name(), patrols, metres, reports, valid, onTheSpot, inGrids, missed));
		}
		return rows;
	}

	private int count(String sql, String station, String officer, Instant from, Instant to) {
		return jdbc.sql(sql)
			.param("s", station)
			.param("o", officer)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(Integer.class)
			.single();
	}

	private int facts(String where, Officer officer, String station, Instant from, Instant to) {
		return jdbc.sql("select count(*) from patrol_case_fact where " + where
				+ " and registered_at >= :from and registered_at < :to")
			.param("name", officer.name())
			.param("s", station)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(Integer.class)
			.single();
	}

	private int inGrids(List<String> grids, Instant from, Instant to, boolean reportedByOthers) {
		return jdbc.sql("select count(*) from patrol_case_fact where grid_code in (:grids) and dismissed = false"
				+ (reportedByOthers ? " and channel in (:channels)" : "")
				+ " and registered_at >= :from and registered_at < :to")
			.param("grids", grids)
			.param("channels", List.copyOf(REPORTED_BY_OTHERS))
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(Integer.class)
			.single();
	}
}
