package org.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.cases.CaseArrived;
import org.steward.cases.CaseEscalated;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseRegistered;
import org.steward.cases.Channel;
import org.steward.cases.DeadlineMissed;
import org.steward.cases.EscalationTarget;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.TimelineNote;
import org.steward.cases.web.CaseSamples;
import org.steward.catalog.CategoryRulesId;
import org.steward.catalog.Urgency;
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

	@Autowired
	EventSerializer serializer;

	/** The registry stores events as JSON and reads them back to redeliver after a crash. */
	@Test
	void caseEventsSurviveTheRoundTripThroughThePublicationRegistry() {
		Instant now = Instant.parse("2026-12-01T02:00:00Z");
		CaseSummary summary = CaseSamples.summary("410105-2026-000017", CaseStatus.DISPATCHED, "yuantian", now);
		List<CaseEvent> events = List.of(
				new CaseRegistered(summary.caseNumber(), now, "社区小王", summary,
						TimelineNote.of(TimelineNote.Code.ROUTED, "yuantian", "王芳"), Channel.WHISTLE,
						new GeoPoint(34.7985, 113.683), Urgency.NORMAL, new CategoryRulesId(7), "URBAN_MANAGEMENT",
						List.of("POLICE"), null),
				new DeadlineMissed(summary.caseNumber(), now, null, summary,
						TimelineNote.of(TimelineNote.Code.DEADLINE_MISSED, "ACKNOWLEDGE", now, 30, "SQUAD_LEADER"),
						DeadlineMissed.Deadline.ACKNOWLEDGE, DeadlineMissed.Level.SQUAD_LEADER, now, 30),
				new CaseEscalated(summary.caseNumber(), now, "园田队员 李强", summary,
						TimelineNote.of(TimelineNote.Code.ESCALATED, "SQUAD").withText("owner refuses"),
						EscalationTarget.SQUAD, "owner refuses"));
		for (CaseEvent event : events) {
			assertThat(serializer.deserialize(serializer.serialize(event), event.getClass())).isEqualTo(event);
		}
	}

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
