package org.steward.outreach;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;
import org.steward.enforcement.MeasureRecorded;

/**
 * Keeps enforcement's measures on parties as its events report them — with the category of the
 * case they were taken on — for saved party queries ("two storefront-overflow cases this quarter")
 * and the "penalised, never educated" flag, so outreach never reads enforcement's tables.
 */
@Component
class PartyMeasureLog {

	private final JdbcClient jdbc;

	private final Cases cases;

	PartyMeasureLog(JdbcClient jdbc, Cases cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(MeasureRecorded event) {
		if ("REINSPECTION".equals(event.type())) {
			return;
		}
		if (jdbc.sql("select count(*) from outreach_party_measure where measure_id = ?")
			.param(event.measureId())
			.query(Long.class)
			.single() > 0) {
			return; // delivered again after a restart
		}
		String category = cases.summary(new CaseNumber(event.caseNumber())).map(s -> s.categoryCode()).orElse(null);
		jdbc.sql("""
				insert into outreach_party_measure (measure_id, party_id, case_number, category_code, measure_type, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(event.measureId(), event.partyId(), event.caseNumber(), category, event.type(),
					java.sql.Timestamp.from(event.at()))
			.update();
	}
}
