package org.steward.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.PageVisitor;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseSummary;
import org.steward.cases.Cases;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * A civilised-city round at a back street of 园田社区: two failed items of nine become two rectification
 * cases routed to the station like any report, the score is 7 ÷ 9 = 77.8 %, and the next round re-checks
 * the two items.
 */
@IntegrationTest
class InspectionRoundTests {

	static final CurrentUser OFFICER = new CurrentUser("officer.yuantian2", "王芳", Set.of(Role.OFFICER),
			new DataScope.Station("yuantian"));

	static final CurrentUser OUTSIDER = new CurrentUser("officer.huanghe.test", "杨帆", Set.of(Role.OFFICER),
			new DataScope.Station("huanghe"));

	@Autowired
	Inspections inspections;

	@Autowired
	Cases cases;

	@Autowired
	MockMvc mvc;

	@Test
	void aRoundWithTwoFailedItemsOpensTwoRectificationCasesScoresTheRateAndIsReCheckedNextRound() {
		Inspections.Template backStreet = inspections.templates().stream()
			.filter(t -> t.code().equals("BACK_STREET"))
			.findFirst()
			.orElseThrow();
		assertThat(backStreet.items()).hasSize(9);
		Inspections.Point point = inspections.addPoint(OFFICER, "园田路东段（背街小巷）", backStreet.id(), 34.7990, 113.6840);
		assertThat(point.stationCode()).isEqualTo("yuantian");

		List<Inspections.Item> items = backStreet.items();
		Inspections.Item refuse = items.get(4); // 垃圾收集点整洁
		Inspections.Item vending = items.get(6); // 占道经营
		List<Inspections.ObservationInput> first = new ArrayList<>();
		for (Inspections.Item item : items) {
			boolean failed = item.id() == refuse.id() || item.id() == vending.id();
			first.add(new Inspections.ObservationInput(item.id(), !failed, failed ? "现场发现问题" : null, List.of()));
		}
		Inspections.Round round = inspections.recordRound(point.id(), OFFICER, first, "round-test-1");

		assertThat(round.observations()).isEqualTo(9);
		assertThat(round.passed()).isEqualTo(7);
		assertThat(round.score()).isEqualTo(77.8);
		List<Inspections.Observation> observations = inspections.observations(round.id());
		List<String> caseNumbers = observations.stream()
			.filter(o -> !o.passed())
			.map(Inspections.Observation::caseNumber)
			.toList();
		assertThat(caseNumbers).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(observations.stream().filter(Inspections.Observation::passed))
			.allSatisfy(o -> assertThat(o.caseNumber()).isNull());
		List<CaseSummary> opened = caseNumbers.stream()
			.map(n -> cases.summary(new CaseNumber(n)).orElseThrow())
			.toList();
		assertThat(opened).extracting(CaseSummary::categoryCode).containsExactlyInAnyOrder("0102", "0502");
		assertThat(opened).extracting(CaseSummary::stationCode).containsOnly("yuantian");

		// the same form sent again records nothing new
		assertThat(inspections.recordRound(point.id(), OFFICER, first, "round-test-1").id()).isEqualTo(round.id());
		assertThat(inspections.toRecheck(point.id(), OFFICER)).containsExactlyInAnyOrder(refuse.id(), vending.id());

		// next round: both fixed, re-checked, no new case
		List<Inspections.ObservationInput> second = items.stream()
			.map(i -> new Inspections.ObservationInput(i.id(), true, null, List.of()))
			.toList();
		Inspections.Round next = inspections.recordRound(point.id(), OFFICER, second, "round-test-2");
		assertThat(next.score()).isEqualTo(100.0);
		assertThat(inspections.observations(next.id()))
			.filteredOn(o -> o.rechecksId() != null)
			.extracting(Inspections.Observation::itemId)
			.containsExactlyInAnyOrder(refuse.id(), vending.id());
		assertThat(inspections.observations(next.id())).allSatisfy(o -> assertThat(o.caseNumber()).isNull());
		assertThat(inspections.rounds(point.id(), OFFICER)).extracting(Inspections.Round::score)
			.containsExactly(100.0, 77.8);
	}

	@Test
	void anIncompleteRoundNamesTheMissingItemAndAnOfficerOfAnotherStationSeesNoPoint() throws Exception {
		Inspections.Template compound = inspections.templates().stream()
			.filter(t -> t.code().equals("COMPOUND"))
			.findFirst()
			.orElseThrow();
		Inspections.Point point = inspections.addPoint(OFFICER, "园田小区", compound.id(), 34.8010, 113.6900);
		Inspections.Item firstItem = compound.items().get(0);
		assertThatThrownBy(() -> inspections.recordRound(point.id(), OFFICER,
				List.of(new Inspections.ObservationInput(firstItem.id(), true, null, List.of())), null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields()).hasSize(compound.items().size() - 1));
		assertThatThrownBy(() -> inspections.point(point.id(), OUTSIDER))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
		assertThat(inspections.rounds(point.id(), OFFICER)).isEmpty();

		PageVisitor officer = PageVisitor.signIn(mvc, "officer.yuantian2");
		assertThat(officer.read("/inspections/points/" + point.id())).contains("园田小区").doesNotContain("??");
		PageVisitor admin = PageVisitor.signIn(mvc, "admin");
		assertThat(admin.read("/admin/inspection/checklists")).contains("背街小巷").contains("社会主义核心价值观");
	}
}
