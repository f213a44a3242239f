package org.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.cases.CaseArrived;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.TimelineNote;
import org.steward.cases.web.CaseSamples;
import org.steward.territory.GeoPoint;

/**
 * The audit module alone: a case event becomes a chain entry built from the event itself (who by
 * display name, where, what, which evidence), without reading the case back.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class AuditModuleTests {

	/** The cases module is not started; a read-back would fail on this mock's empty answers. */
	@MockitoBean
	CaseQueries cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyCaseEventBecomesAnAuditEntryBuiltFromTheEventAlone(Scenario scenario) {
		String number = "410105-2026-" + (700000 + Math.floorMod(System.nanoTime(), 99999));
		CaseSummary onSite = CaseSamples.summary(number, CaseStatus.ON_SITE, "yuantian", Instant.now());
		String photo = "b".repeat(64);
		CaseArrived arrived = new CaseArrived(new CaseNumber(number), Instant.now(), "园田队员 李强", onSite,
				TimelineNote.text("at the gate"), new GeoPoint(34.7985, 113.683), List.of(photo));

		scenario.publish(arrived)
			.andWaitForStateChange(() -> jdbc
				.sql("select actor, action, place, details, evidence_hashes from audit_entry where subject = ?")
				.param("case:" + number)
				.query()
				.listOfRows())
			.andVerify(rows -> {
				assertThat(rows).singleElement().satisfies(row -> {
					assertThat(row.get("actor")).isEqualTo("园田队员 李强");
					assertThat(row.get("action")).isEqualTo("CASE_ARRIVE");
					assertThat(row.get("place")).isEqualTo("34.7985,113.683");
					assertThat((String) row.get("details")).contains("status=ON_SITE", "station=yuantian",
							"notes=at the gate");
					assertThat(String.valueOf(row.get("evidence_hashes"))).contains(photo);
				});
				org.mockito.Mockito.verifyNoInteractions(cases);
			});
	}
}
