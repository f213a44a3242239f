package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.IntegrationTest;

/** The indicators of the hand-computed month ({@link AnalyticsFixture}), including DOMAIN-FACTS' check. */
@IntegrationTest
class IndicatorFixtureTests {

	@Autowired
	FactStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Indicators indicators;

	@Autowired
	Scorecards scorecards;

	IndicatorRow march;

	@BeforeEach
	void load() {
		AnalyticsFixture.load(store, jdbc);
		march = indicators.total(AnalyticsFixture.march(), new AnalyticsScope.District(), Locale.ROOT);
	}

	@Test
	void countsTheDomainFactsCheck() {
		assertThat(march.count(Counter.REGISTERED)).isEqualTo(996);
		assertThat(march.count(Counter.DUE)).isEqualTo(972);
		assertThat(march.count(Counter.CLOSED)).isEqualTo(911);
		assertThat(march.count(Counter.CLOSED_ON_TIME)).isEqualTo(737);
		assertThat(march.percent(Indicator.CLOSING_RATE)).isEqualByComparingTo(new BigDecimal("93.72"));
		assertThat(march.percent(Indicator.CLOSED_ON_TIME_RATE)).isEqualByComparingTo(new BigDecimal("75.82"));
	}

	@Test
	void computesEveryRateByHand() {
		assertThat(march.percent(Indicator.HANDLING_RATE)).isEqualByComparingTo("93.72");
		assertThat(march.percent(Indicator.HANDLED_ON_TIME_RATE)).isEqualByComparingTo("75.82");
		assertThat(march.percent(Indicator.REWORK_RATE)).isEqualByComparingTo("2.06");
		assertThat(march.percent(Indicator.OVERDUE_RATE)).isEqualByComparingTo("20.99");
		assertThat(march.percent(Indicator.EXTENSION_RATE)).isEqualByComparingTo("1.03");
		assertThat(march.percent(Indicator.RESPONSE_RATE)).isEqualByComparingTo("90.36");
		assertThat(march.percent(Indicator.RESOLUTION_RATE)).isEqualByComparingTo("99.00");
		assertThat(march.percent(Indicator.SATISFACTION_RATE)).isEqualByComparingTo("90.00");
	}

	@Test
	void countsCasesDueNextMonthInNextMonth() {
		IndicatorRow april = indicators.total(Period.of(Period.Kind.MONTH, AnalyticsFixture.MARCH.plusMonths(1)),
				new AnalyticsScope.District(), Locale.ROOT);
		assertThat(april.count(Counter.REGISTERED)).isZero();
		assertThat(april.count(Counter.DUE)).isEqualTo(24);
	}

	@Test
	void scoresAndGradesWithTheDefaultWeights() {
		Scorecards.Scorecard card = scorecards.score(march);
		assertThat(card.performance()).isEqualTo(88.57);
		assertThat(card.grade()).isEqualTo("B");
		assertThat(card.threeRates()).isEqualTo(93.26);
		assertThat(card.threeRatesGrade()).isEqualTo("A");
	}

	@Test
	void listsExactlyTheCasesANumberCounts() {
		Indicators.CaseList closed = indicators.cases(AnalyticsFixture.march(), Counter.CLOSED, Dimension.SQUAD,
				"dongfeng", new AnalyticsScope.District(), 0, 1000);
		long expected = AnalyticsFixture.facts().stream()
			.filter(f -> f.squadCode().equals("dongfeng") && f.counters().get(Counter.CLOSED) == 1)
			.count();
		assertThat(closed.total()).isEqualTo(expected);
		assertThat(closed.cases()).hasSize((int) expected).allMatch(f -> f.squadCode().equals("dongfeng") && f.isClosed());
		assertThat(indicators.of(AnalyticsFixture.march(), Dimension.SQUAD, "dongfeng", new AnalyticsScope.District())
			.get(Counter.CLOSED)).isEqualTo(expected);
	}

	@Test
	void aStationHeadCountsOnlyTheOwnStation() {
		IndicatorRow own = indicators.total(AnalyticsFixture.march(), new AnalyticsScope.Station("huanghe"), Locale.ROOT);
		assertThat(own.count(Counter.REGISTERED)).isEqualTo(332);
	}
}
