package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.IntegrationTest;
import org.steward.catalog.Catalog;

/** The demo history: deterministic, labelled, a year for four stations, Fengchan opening mid-year. */
@IntegrationTest
class AnalyticsDemoHistoryTests {

	@Autowired
	FactStore store;

	@Autowired
	Practices practices;

	@Autowired
	Catalog catalog;

	@Autowired
	AnalyticsProperties settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void aYearOfLabelledDeterministicHistoryWithAMidYearStation() {
		AnalyticsDemoHistory demo = new AnalyticsDemoHistory(store, practices, catalog, settings, clock);
		LocalDate today = LocalDate.of(2026, 12, 1);
		LocalDate opened = LocalDate.of(2026, 6, 15);
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		List<CaseFact> one = demo.history(today.minusDays(365), today, zone, opened, today.minusDays(240),
				today.minusDays(120));
		List<CaseFact> two = demo.history(today.minusDays(365), today, zone, opened, today.minusDays(240),
				today.minusDays(120));
		assertThat(one).isEqualTo(two);
		assertThat(one).allMatch(f -> f.source() == CaseFact.Source.DEMO && f.caseNumber().startsWith("DEMO-"));
		assertThat(one.stream().map(CaseFact::stationCode).distinct()).containsExactlyInAnyOrder("yuantian", "guanhutun",
				"huanghe", "fengchan");
		assertThat(one.stream().filter(f -> f.stationCode().equals("fengchan") && f.registeredDay(zone).isBefore(opened)))
			.isNotEmpty()
			.allMatch(CaseFact::viaCommandCentre);
		assertThat(one.size()).isBetween(4 * 365 * 2, 4 * 365 * 7);
	}

	@Test
	void loadsOnceAndPublishesOnePracticeAdoptedByASecondSquad() {
		jdbc.sql("delete from analytics_case_fact").update();
		jdbc.sql("delete from analytics_rollup").update();
		jdbc.sql("delete from analytics_practice_adoption").update();
		jdbc.sql("delete from analytics_practice_photo").update();
		jdbc.sql("delete from analytics_practice").update();
		AnalyticsDemoHistory demo = new AnalyticsDemoHistory(store, practices, catalog, settings, clock);
		demo.run(null);
		long loaded = store.count(CaseFact.Source.DEMO);
		demo.run(null);
		assertThat(store.count(CaseFact.Source.DEMO)).isEqualTo(loaded).isPositive();
		assertThat(store.storedRollup()).isEqualTo(store.recount());
		List<Practices.Practice> all = practices.all();
		assertThat(all).hasSize(1);
		assertThat(all.getFirst().rollOut()).isTrue();
		assertThat(all.getFirst().adoptions()).extracting(Practices.Adoption::squadCode).containsExactly("wenhua");
	}
}
