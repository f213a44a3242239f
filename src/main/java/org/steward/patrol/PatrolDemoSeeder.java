package org.steward.patrol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;

/**
 * DEMO DATA of the patrol module, seeded once at the first start of the {@code demo} profile with the demo
 * cases (after them): the management classes of 园田社区's four grids, a week of patrols of its two officers
 * (李强 every morning around all four grids, 王芳 most afternoons through the western two) with checked
 * places and problems handled on the spot, and an early sign of illegal building with its first follow-up
 * visit. The demo's warning comes from the demo cases themselves: the demo profile lets two 占道经营 cases
 * within 100 m in a week raise a recurrence warning (see {@code application.yml}).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "steward.demo", name = "seed-cases", havingValue = "true")
class PatrolDemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(PatrolDemoSeeder.class);

	/** 李强's morning loop: grid 1 → grid 2 → grid 4 → grid 3 → back to the station. */
	static final double[][] LOOP = { { 34.7986, 113.6832 }, { 34.8005, 113.6840 }, { 34.8012, 113.6870 },
			{ 34.8010, 113.6900 }, { 34.8000, 113.6925 }, { 34.7960, 113.6920 }, { 34.7945, 113.6895 },
			{ 34.7940, 113.6860 }, { 34.7935, 113.6820 }, { 34.7950, 113.6790 }, { 34.7975, 113.6800 },
			{ 34.7986, 113.6832 } };

	/** 王芳's afternoon walk through grids 1 and 3. */
	static final double[][] WEST = { { 34.7986, 113.6832 }, { 34.8015, 113.6800 }, { 34.8020, 113.6780 },
			{ 34.7990, 113.6775 }, { 34.7950, 113.6790 }, { 34.7932, 113.6805 }, { 34.7960, 113.6830 } };

	private final Patrols patrols;

	private final GridCoverage coverage;

	private final EarlySigns signs;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	PatrolDemoSeeder(Patrols patrols, GridCoverage coverage, EarlySigns signs, Accounts accounts, JdbcClient jdbc,
			Clock clock, StewardProperties steward) {
		this.patrols = patrols;
		this.coverage = coverage;
		this.signs = signs;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = steward.zone();
	}

	// after the demo cases (order 100)
	@EventListener(ApplicationReadyEvent.class)
	@Order(200)
	void onReady() {
		try {
			if (jdbc.sql("select count(*) from patrol").query(Integer.class).single() > 0) {
				return;
			}
			int seeded = seed();
			log.info("Demo patrols: seeded {} patrols of the past week, grid classes and an early sign", seeded);
		}
		catch (RuntimeException ex) {
			log.error("Demo patrols: not seeded: {}", ex.getMessage(), ex);
		}
	}

	int seed() {
		CurrentUser admin = account("admin");
		coverage.classify("410105010001001", "FIRST", admin); // 东风路沿线, the morning market
		coverage.classify("410105010001002", "SECOND", admin);
		coverage.classify("410105010001003", "THIRD", admin); // quiet lanes
		coverage.classify("410105010001004", "SECOND", admin);

		CurrentUser li = account("officer.yuantian1");
		CurrentUser wang = account("officer.yuantian2");
		LocalDate today = LocalDate.now(clock.withZone(zone));
		int count = 0;
		for (int back = 7; back >= 1; back--) {
			LocalDate day = today.minusDays(back);
			Instant morning = day.atStartOfDay(zone).plusHours(9).toInstant();
			List<Patrols.PastFinding> findings = new ArrayList<>();
			findings.add(new Patrols.PastFinding(Patrol.FindingKind.NO_ISSUE, morning.plus(Duration.ofMinutes(8)), 34.8020,
					113.6805, null, "消防通道畅通，垃圾分类点整洁", "园田小区"));
			if (back == 3) {
				findings.add(new Patrols.PastFinding(Patrol.FindingKind.ON_THE_SPOT, morning.plus(Duration.ofMinutes(20)),
						34.8010, 113.6915, "0201", "电线杆上小广告 6 处，已当场清除", "园田路东口"));
			}
			if (back == 1) {
				findings.add(new Patrols.PastFinding(Patrol.FindingKind.ON_THE_SPOT, morning.plus(Duration.ofMinutes(35)),
						34.7955, 113.6870, "0503", "水果店纸箱堆出门外，店主已当场收回", "鲜果多水果店门前"));
			}
			patrols.recordPast(li, morning, morning.plus(Duration.ofMinutes(55)), walk(LOOP, morning, 5), findings);
			count++;
			if (back % 3 != 0) { // 王芳 rests every third day
				Instant afternoon = day.atStartOfDay(zone).plusHours(15).toInstant();
				patrols.recordPast(wang, afternoon, afternoon.plus(Duration.ofMinutes(35)), walk(WEST, afternoon, 5),
						List.of(new Patrols.PastFinding(Patrol.FindingKind.NO_ISSUE, afternoon.plus(Duration.ofMinutes(12)),
								34.7932, 113.6805, null, "楼顶无新增搭建", "园田路 6 号楼")));
				count++;
			}
		}
		EarlySigns.Sign sign = signs.record(li, new EarlySigns.SignInput("MATERIALS", 34.7940, 113.6815, "园田路 26 号院内",
				"住户王某（化名）", "院内新堆放砖块和钢筋，住户称要搭厨房"));
		signs.visit(sign.id(), wang, "UNCHANGED", "已向住户讲解规划许可要求，住户表示暂不施工");
		return count;
	}

	/** Positions every {@code minutes} along the waypoints, starting at {@code start}. */
	private static List<Patrol.Point> walk(double[][] waypoints, Instant start, int minutes) {
		List<Patrol.Point> points = new ArrayList<>();
		for (int i = 0; i < waypoints.length; i++) {
			points.add(new Patrol.Point(start.plus(Duration.ofMinutes((long) i * minutes)).toEpochMilli(),
					waypoints[i][0], waypoints[i][1], 10.0));
		}
		return points;
	}

	private CurrentUser account(String username) {
		return accounts.byUsername(username)
			.orElseThrow(() -> new IllegalStateException("demo account " + username + " is missing"));
	}
}
