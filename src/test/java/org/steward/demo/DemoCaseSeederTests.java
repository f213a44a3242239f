package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.steward.StewardProperties;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseFilter;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseStatus;
import org.steward.cases.CasePage;
import org.steward.cases.CaseQueries;
import org.steward.cases.TrackingCode;
import org.steward.coordination.JointTasks;
import org.steward.enforcement.EducationFirst;
import org.steward.parties.Parties;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.intake.ReportSubmissions;

/** The seeder without the application: a step a module refuses stops its own case only, and is named. */
class DemoCaseSeederTests {

	private final ReportSubmissions reports = mock(ReportSubmissions.class);

	private final CaseCommands commands = mock(CaseCommands.class);

	private final CaseQueries queries = mock(CaseQueries.class);

	private final EducationFirst enforcement = mock(EducationFirst.class);

	@Test
	void aRefusedStepStopsItsCaseAndTheOtherCasesStillSeed() {
		AtomicInteger sequence = new AtomicInteger();
		when(queries.search(any(CaseFilter.class), any(CurrentUser.class), anyInt(), anyInt()))
			.thenReturn(new CasePage(List.of(), 0, 1, 0, false));
		when(reports.submit(any())).thenAnswer(call -> new ReportSubmissions.Submitted(
				CaseNumber.of("410105", 2026, sequence.incrementAndGet()), new TrackingCode("ABCDEFGHJK"), CaseStatus.DISPATCHED,
				false, false));
		CaseNumber first = CaseNumber.of("410105", 2026, 1);
		// the case rules refuse handling the first case (say, a correction order awaits its re-inspection)
		when(commands.act(eq(first), eq(CaseAction.HANDLE), any(), any()))
			.thenThrow(new IllegalStateException("Cannot handle a case that is ON_SITE while work is open"));

		DemoCaseSeeder.Outcome outcome = seeder("""
				cases:
				  - key: overflow
				    channel: PATROL
				    submittedBy: officer.yuantian1
				    category: "0503"
				    location: { lat: 34.7992, lng: 113.6815 }
				    description: 店外摆放餐桌经营
				    steps:
				      - { action: acknowledge, by: officer.yuantian1 }
				      - { action: handle, by: officer.yuantian1, result: 已整改 }
				      - { action: verify, by: station.yuantian, passed: true }
				  - key: rubbish
				    channel: PUBLIC
				    category: "0102"
				    location: { lat: 34.8018, lng: 113.6812 }
				    description: 小区空地堆放垃圾
				    steps:
				      - { action: acknowledge, by: officer.yuantian1 }
				""").seed();

		assertThat(outcome.seeded()).isTrue();
		assertThat(outcome.cases()).isEqualTo(2);
		assertThat(outcome.steps()).isEqualTo(2); // both acknowledgements; handle refused, verify skipped
		assertThat(outcome.refused()).singleElement()
			.asString()
			.startsWith("overflow.steps[1] (handle on 410105-2026-000001): ")
			.contains("while work is open");
		verify(commands, never()).act(eq(first), eq(CaseAction.VERIFY), any(), any());
		verify(commands, times(1)).act(eq(CaseNumber.of("410105", 2026, 2)), eq(CaseAction.ACKNOWLEDGE), any(), any());
	}

	@Test
	void aPenaltyStepWithoutItsFiledPenaltyCaseIsRefusedByName() {
		when(queries.search(any(CaseFilter.class), any(CurrentUser.class), anyInt(), anyInt()))
			.thenReturn(new CasePage(List.of(), 0, 1, 0, false));
		when(reports.submit(any())).thenReturn(new ReportSubmissions.Submitted(CaseNumber.of("410105", 2026, 1),
				new TrackingCode("ABCDEFGHJK"), CaseStatus.DISPATCHED, false, false));
		// the measure is recorded but the module answers it as something else than a penalty case
		when(enforcement.recordMeasure(any(), any(), any()))
			.thenReturn(new EducationFirst.RecordedMeasure(7, "WARNING", null, null));

		DemoCaseSeeder.Outcome outcome = seeder("""
				parties:
				  - { key: shop, type: MERCHANT, name: 某店, address: 园田路1号 }
				cases:
				  - key: signboard
				    channel: PATROL
				    submittedBy: officer.yuantian1
				    category: "0202"
				    location: { lat: 34.8036, lng: 113.6930 }
				    description: 招牌存在坠落隐患
				    steps:
				      - { action: measure, by: officer.yuantian1, party: shop, type: PENALTY_CASE, officers: [officer.yuantian1, officer.yuantian2] }
				      - { action: decide, by: squad.dongfeng, disclose: true }
				""").seed();

		assertThat(outcome.refused()).singleElement().asString().startsWith("signboard.steps[1] (decide on ")
			.contains("No penalty case was filed");
		verify(enforcement, never()).decide(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyBoolean(),
				any());
	}

	private DemoCaseSeeder seeder(String yaml) {
		Accounts accounts = mock(Accounts.class);
		when(accounts.byUsername(anyString())).thenAnswer(call -> Optional.of(new CurrentUser(call.getArgument(0),
				call.getArgument(0), Set.of(Role.OFFICER), new DataScope.District("410105"))));
		return new DemoCaseSeeder(mock(DemoSeedCheck.class), reports, commands, queries, mock(JointTasks.class),
				enforcement, mock(Parties.class), accounts,
				Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")),
				new StewardProperties(ZoneId.of("Asia/Shanghai")),
				new DemoProperties(true, new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test seed")));
	}
}
