package org.steward.patrol;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseDismissed;
import org.steward.cases.CaseRegistered;
import org.steward.cases.CaseSummary;

/**
 * Keeps the cases the patrol module counts — category, channel, who filed it, grid, station, place and
 * time — from the cases module's events, so patrol quality, recurrence and hotspots never read the cases
 * module back. A dismissed case (不予立案) is an invalid report.
 */
@Component
class CaseFacts {

	/** One case as patrol quality, recurrence and hotspots count it. */
	record Fact(String caseNumber, String categoryCode, String channel, @Nullable String actor,
			@Nullable String gridCode, @Nullable String stationCode, @Nullable String communityCode, double lat,
			double lng, Instant registeredAt, boolean dismissed) {
	}

	private final JdbcClient jdbc;

	private final Warnings warnings;

	CaseFacts(JdbcClient jdbc, Warnings warnings) {
		this.jdbc = jdbc;
		this.warnings = warnings;
	}

	@ApplicationModuleListener
	void on(CaseRegistered event) {
		CaseSummary s = event.summary();
		Fact fact = new Fact(event.caseNumber().value(), s.categoryCode(), event.channel().name(), event.actor(),
				s.gridCode(), s.stationCode(), s.communityCode(), event.location().lat(), event.location().lng(),
				event.at(), false);
		if (record(fact)) {
			warnings.checkRecurrence(fact);
		}
	}

	@ApplicationModuleListener
	void on(CaseDismissed event) {
		jdbc.sql("update patrol_case_fact set dismissed = true where case_number = :n")
			.param("n", event.caseNumber().value())
			.update();
	}

	/** Stores a fact once; false when it was already there (an event delivered again). */
	boolean record(Fact fact) {
		// one statement: the key tells a redelivered event, no read before the insert
		return jdbc.sql("""
				insert into patrol_case_fact (case_number, category_code, channel, actor, grid_code, station_code,
				  community_code, lat, lng, registered_at, dismissed)
				values (:n, :category, :channel, :actor, :grid, :station, :community, :lat, :lng, :at, :dismissed)
				on conflict do nothing""")
			.param("n", fact.caseNumber())
			.param("category", fact.categoryCode())
			.param("channel", fact.channel())
			.param("actor", fact.actor())
			.param("grid", fact.gridCode())
			.param("station", fact.stationCode())
			.param("community", fact.communityCode())
			.param("lat", fact.lat())
			.param("lng", fact.lng())
			.param("at", Timestamp.from(fact.registeredAt()))
			.param("dismissed", fact.dismissed())
			.update() > 0;
	}

	/** Facts of a category registered in [from, to). */
	static List<Fact> ofCategory(JdbcClient jdbc, String categoryCode, Instant from, Instant to) {
		return jdbc.sql("""
				select * from patrol_case_fact where category_code = :category and registered_at >= :from
				  and registered_at < :to order by registered_at""")
			.param("category", categoryCode)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Fact(rs.getString("case_number"), rs.getString("category_code"),
					rs.getString("channel"), rs.getString("actor"), rs.getString("grid_code"),
					rs.getString("station_code"), rs.getString("community_code"), rs.getDouble("lat"),
					rs.getDouble("lng"), rs.getTimestamp("registered_at").toInstant(), rs.getBoolean("dismissed")))
			.list();
	}
}
