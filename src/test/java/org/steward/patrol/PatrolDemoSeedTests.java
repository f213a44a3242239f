package org.steward.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.PageVisitor;

/**
 * The demo's daily presence at its first start: a week of patrols in 园田社区 with their grids and findings,
 * the grids' classes, one early sign with a visit, one inspection round (8 of 9, 88.9 %, one case), and the
 * recurrence warning the morning market's two 占道经营 cases raise. On a database of its own.
 */
@IntegrationTest
@TestPropertySource(properties = "steward.demo.seed-cases=true")
class PatrolDemoSeedTests {

	private static final String SCHEMA = "patrol_demo_seed";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
		org.steward.OwnDatabase.register(registry, SCHEMA);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoHasAWeekOfPatrolsAnInspectionRoundAnEarlySignAndAWarning() throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from inspection_round") == 1);
		assertThat(count("select count(*) from patrol")).isGreaterThanOrEqualTo(7);
		assertThat(count("select count(distinct cast(started_at as date)) from patrol")).isGreaterThanOrEqualTo(7);
		assertThat(count("select count(distinct grid_code) from patrol_grid")).isEqualTo(4);
		assertThat(count("select count(*) from patrol_finding where kind = 'ON_THE_SPOT'")).isEqualTo(2);
		assertThat(count("select count(*) from patrol_grid_class")).isEqualTo(4);
		assertThat(count("select count(*) from patrol_early_sign")).isEqualTo(1);
		assertThat(count("select count(*) from patrol_sign_visit")).isEqualTo(1);
		assertThat(count("select passed * 1000 / observations from inspection_round")).isEqualTo(888);
		assertThat(count("select count(*) from inspection_observation where case_number is not null")).isEqualTo(1);
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from patrol_warning where kind = 'RECURRENCE' and category_code = '0502'") == 1);

		PageVisitor head = PageVisitor.signIn(mvc, "station.yuantian");
		assertThat(head.read("/patrols")).contains("李强").contains("王芳");
		assertThat(head.read("/patrols/coverage")).contains("410105010001001").doesNotContain("??");
		assertThat(head.read("/patrols/warnings")).contains("重复发生").contains("占道经营");
		assertThat(head.read("/patrols/signs")).contains("园田路 26 号院内");
		assertThat(head.read("/inspections")).contains("园田路（背街小巷）").contains("88.9 %");
		long patrol = jdbc.sql("select min(id) from patrol").query(Long.class).single();
		assertThat(head.read("/patrols/" + patrol)).contains("grid-passed").contains("patrol-data");
		PageVisitor command = PageVisitor.signIn(mvc, "command");
		assertThat(command.read("/patrols/warnings?lang=en")).contains("Recurrence").contains("Street vending");
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
