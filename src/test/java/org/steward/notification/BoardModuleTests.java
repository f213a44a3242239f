package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.mockito.invocation.Invocation;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.DeadlineMissed;
import org.steward.cases.TimelineNote;
import org.steward.cases.web.CaseSamples;
import org.steward.identity.Accounts;
import org.steward.organization.Organization;

/**
 * The notification module alone: a missed deadline is one event and redraws the case's board
 * row once, as overdue, from the event itself.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class BoardModuleTests {

	/** Someone watches every board. */
	@MockitoBean
	BoardEmitters emitters;

	/** The cases module is not started: the row must come from the event, not from a read-back. */
	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	Organization organization;

	@MockitoBean
	Accounts accounts;

	/** The other nodes, told about the row once. */
	@MockitoBean
	org.steward.cluster.Nodes nodes;

	@Test
	void aMissedDeadlinePushesTheOverdueRowOnce(Scenario scenario) {
		given(emitters.anyListening(org.mockito.ArgumentMatchers.any())).willReturn(true);
		given(organization.stations()).willReturn(List.of());
		Instant now = Instant.now();
		CaseSummary late = CaseSamples.summary("410105-2026-900105", CaseStatus.DISPATCHED, "yuantian",
				now.minus(Duration.ofHours(1)));
		CaseSummary overdue = new CaseSummary(late.caseNumber(), late.trackingCode(), late.status(), late.categoryCode(),
				late.categoryNameZh(), late.categoryNameEn(), late.gridCode(), late.stationCode(), late.squadCode(),
				late.communityCode(), late.address(), late.lat(), late.lng(), late.urgency(), late.registeredAt(),
				late.acknowledgeBy(), late.handleBy(), true, 1, 6L);
		DeadlineMissed missed = new DeadlineMissed(overdue.caseNumber(), now, null, overdue,
				TimelineNote.of(TimelineNote.Code.DEADLINE_MISSED, "ACKNOWLEDGE", overdue.acknowledgeBy(), 60,
						"SQUAD_LEADER"),
				DeadlineMissed.Deadline.ACKNOWLEDGE, DeadlineMissed.Level.SQUAD_LEADER, overdue.acknowledgeBy(), 60);

		scenario.publish(missed).andWaitForStateChange(this::pushes).andVerify(pushes -> {
			assertThat(pushes).singleElement().satisfies(push -> {
				assertThat(push.<Set<String>>getArgument(0)).containsExactlyInAnyOrder(BoardEmitters.station("yuantian"), BoardEmitters.COMMAND,
						BoardEmitters.squad("dongfeng"));
				assertThat(push.<String>getArgument(1)).isEqualTo("case");
				assertThat(push.<String>getArgument(2)).isEqualTo("410105-2026-900105@" + overdue.version());
				String row = push.<Function<Locale, String>>getArgument(3).apply(Locale.SIMPLIFIED_CHINESE);
				assertThat(row).contains("case-410105-2026-900105").contains("table-danger");
			});
			verifyNoInteractions(queries);
			org.mockito.Mockito.verify(nodes).tell(new CaseRowRelayed("410105-2026-900105@" + overdue.version(), overdue));
		});
	}

	private List<Invocation> pushes() {
		return mockingDetails(emitters).getInvocations()
			.stream()
			.filter(i -> i.getMethod().getName().equals("push"))
			.toList();
	}
}
