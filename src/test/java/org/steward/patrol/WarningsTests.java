package org.steward.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseSummary;
import org.steward.cases.Cases;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * Early warnings on seeded data with known answers: a recurrence warning at the third case of a category
 * within 100 m and 30 days, Gi* hotspots for four touching grids each with three cases while every other
 * grid has none (z = 3.0 with the ten demo grids), a warning turned into a proactive case, and an early sign
 * of illegal building followed up twice and then turned into a 私搭乱建 case carrying its history.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class WarningsTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final CurrentUser OFFICER = new CurrentUser("officer.yuantian1", "李强", Set.of(Role.OFFICER),
			new DataScope.Station("yuantian"));

	static final CurrentUser HEAD = new CurrentUser("station.yuantian", "张伟", Set.of(Role.STATION_HEAD),
			new DataScope.Station("yuantian"));

	static final CurrentUser OTHER_HEAD = new CurrentUser("head.huanghe.test", "赵敏", Set.of(Role.STATION_HEAD),
			new DataScope.Station("huanghe"));

	@Autowired
	MutableClock clock;

	@Autowired
	CaseFacts facts;

	@Autowired
	Warnings warnings;

	@Autowired
	EarlySigns signs;

	@Autowired
	Cases cases;

	@Test
	void theThirdCaseOfACategoryNearbyRaisesARecurrenceWarningWhichBecomesAProactiveCase() {
		Instant t0 = clock.instant().plus(Duration.ofDays(200));
		assertThat(warnings.checkRecurrence(fact("R-1", "0104", 34.79900, 113.68500, t0))).isEmpty();
		assertThat(warnings.checkRecurrence(fact("R-2", "0104", 34.79920, 113.68520, t0.plus(Duration.ofDays(3)))))
			.isEmpty();
		// 1 km away: another place
		assertThat(warnings.checkRecurrence(fact("R-far", "0104", 34.80800, 113.68500, t0.plus(Duration.ofDays(4)))))
			.isEmpty();
		Optional<Warnings.Warning> raised = warnings
			.checkRecurrence(fact("R-3", "0104", 34.79880, 113.68490, t0.plus(Duration.ofDays(5))));
		assertThat(raised).isPresent();
		Warnings.Warning warning = raised.get();
		assertThat(warning.kind()).isEqualTo(Warnings.Kind.RECURRENCE);
		assertThat(warning.cases()).containsExactly("R-1", "R-2", "R-3");
		assertThat(warning.stationCode()).isEqualTo("yuantian");

		// the fourth joins the open warning instead of raising another
		Optional<Warnings.Warning> fourth = warnings
			.checkRecurrence(fact("R-4", "0104", 34.79900, 113.68510, t0.plus(Duration.ofDays(6))));
		assertThat(fourth.map(Warnings.Warning::id)).contains(warning.id());
		assertThat(warnings.find(warning.id()).orElseThrow().caseCount()).isEqualTo(4);

		// out of scope: another station's head neither sees nor acts on it; an officer does not act
		assertThatThrownBy(() -> warnings.toCase(warning.id(), OTHER_HEAD, null, Locale.CHINA))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
		assertThatThrownBy(() -> warnings.dismiss(warning.id(), OFFICER, null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
		assertThat(warnings.find(warning.id()).orElseThrow().status()).isEqualTo(Warnings.Status.OPEN);

		Warnings.Warning acted = warnings.toCase(warning.id(), HEAD, "道路反复不洁，专项治理", Locale.CHINA);
		assertThat(acted.status()).isEqualTo(Warnings.Status.CASE);
		CaseSummary proactive = cases.summary(new CaseNumber(acted.caseNumber())).orElseThrow();
		assertThat(proactive.categoryCode()).isEqualTo("0104");
		assertThat(proactive.stationCode()).isEqualTo("yuantian");
		assertThat(cases.brief(new CaseNumber(acted.caseNumber())).orElseThrow().toString()).contains("R-1");
		assertThatThrownBy(() -> warnings.dismiss(warning.id(), HEAD, null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("patrol.refused.warningClosed"));
	}

	@Test
	void giStarRaisesHotspotWarningsForTheFourTouchingGridsWithCasesAndForNoOther() {
		LocalDate monday = LocalDate.ofInstant(clock.instant(), ZONE)
			.plusDays(300)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant tuesday = monday.plusDays(1).atStartOfDay(ZONE).plusHours(10).toInstant();
		String[] yuantian = { "410105010001001", "410105010001002", "410105010001003", "410105010001004" };
		double[][] places = { { 34.800, 113.681 }, { 34.800, 113.691 }, { 34.793, 113.681 }, { 34.793, 113.691 } };
		for (int g = 0; g < 4; g++) {
			for (int k = 0; k < 3; k++) {
				// 300 m apart, so no recurrence warning
				facts.record(new CaseFacts.Fact("H-" + g + "-" + k, "0503", "PUBLIC", null, yuantian[g], "yuantian",
						"410105010001", places[g][0] + k * 0.003 - 0.003, places[g][1], tuesday.plus(Duration.ofHours(k)),
						false));
			}
		}
		List<Warnings.Warning> raised = warnings.detectHotspots(monday);

		// Σx = 12 over n grids; each Yuantian grid's neighbourhood (itself and the three others) holds all 12
		assertThat(raised).extracting(Warnings.Warning::gridCode).containsExactlyInAnyOrder(yuantian);
		assertThat(raised).allSatisfy(w -> {
			assertThat(w.kind()).isEqualTo(Warnings.Kind.HOTSPOT);
			assertThat(w.categoryCode()).isEqualTo("0503");
			assertThat(w.caseCount()).isEqualTo(3);
			assertThat(w.confidence()).isEqualTo(99);
			assertThat(w.zScore()).isGreaterThanOrEqualTo(2.576);
			assertThat(w.cases()).hasSize(3);
		});
		// with the ten demo grids: X̄ = 1.2, S = √(36/10 − 1.44) = 1.4697, (12 − 4.8) / (1.4697 × √((40 − 16)/9)) = 3.0
		if (raised.get(0).zScore() > 2.999 && raised.get(0).zScore() < 3.001) {
			assertThat(raised.get(0).zScore()).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-3));
		}
		// a second run raises nothing twice
		assertThat(warnings.detectHotspots(monday)).isEmpty();
		assertThat(warnings.visibleTo(HEAD, Warnings.Status.OPEN)).extracting(Warnings.Warning::id)
			.containsAll(raised.stream().map(Warnings.Warning::id).toList());
		assertThat(warnings.visibleTo(OTHER_HEAD, null)).noneMatch(w -> "yuantian".equals(w.stationCode()));
	}

	@Test
	void anEarlySignFollowedUpTwiceBecomesAnIllegalConstructionCaseWithItsHistory() {
		EarlySigns.Sign sign = signs.record(OFFICER, new EarlySigns.SignInput("MATERIALS", 34.80050, 113.68250,
				"园田路 18 号院内", "住户刘某", "院内堆放砖块、钢筋，疑似准备搭建"));
		assertThat(sign.status()).isEqualTo(EarlySigns.Status.WATCHING);
		assertThat(sign.gridCode()).isEqualTo("410105010001001");
		assertThat(sign.nextVisitAt()).isEqualTo(sign.recordedAt().plus(Duration.ofDays(2)));
		assertThat(signs.due("yuantian", clock.instant())).extracting(EarlySigns.Sign::id).doesNotContain(sign.id());

		clock.advance(Duration.ofDays(2));
		assertThat(signs.due("yuantian", clock.instant())).extracting(EarlySigns.Sign::id).contains(sign.id());
		signs.visit(sign.id(), OFFICER, "UNCHANGED", "已告知当事人不得搭建");
		clock.advance(Duration.ofDays(2));
		EarlySigns.Sign visited = signs.visit(sign.id(), HEAD, "PROGRESSING", "已开始砌墙");
		assertThat(visited.visits()).isEqualTo(2);

		assertThatThrownBy(() -> signs.toCase(sign.id(), OTHER_HEAD))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
		EarlySigns.Sign turned = signs.toCase(sign.id(), HEAD);
		assertThat(turned.status()).isEqualTo(EarlySigns.Status.CASE);
		CaseSummary summary = cases.summary(new CaseNumber(turned.caseNumber())).orElseThrow();
		assertThat(summary.categoryCode()).isEqualTo("0101");
		assertThat(summary.stationCode()).isEqualTo("yuantian");
		assertThat(cases.brief(new CaseNumber(turned.caseNumber())).orElseThrow().toString())
			.contains("违建苗头 #" + sign.id())
			.contains("已告知当事人不得搭建")
			.contains("已开始砌墙");
		assertThat(signs.visits(sign.id())).hasSize(2);
		assertThatThrownBy(() -> signs.visit(sign.id(), OFFICER, "UNCHANGED", null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("patrol.refused.signClosed"));

		// a demolished site is re-checked weekly and closes as cleared
		EarlySigns.Sign site = signs.record(OFFICER, new EarlySigns.SignInput("DEMOLISHED_SITE", 34.79500, 113.68800,
				"园田路 6 号楼顶", null, "楼顶彩钢房已拆除，回访防止复建"));
		assertThat(site.nextVisitAt()).isEqualTo(site.recordedAt().plus(Duration.ofDays(7)));
		assertThat(signs.close(site.id(), OFFICER, "三次回访未见复建").status()).isEqualTo(EarlySigns.Status.CLEARED);
	}

	private CaseFacts.Fact fact(String number, String category, double lat, double lng, Instant at) {
		CaseFacts.Fact fact = new CaseFacts.Fact(number, category, "PUBLIC", null, "410105010001001", "yuantian",
				"410105010001", lat, lng, at, false);
		facts.record(fact);
		return fact;
	}
}
