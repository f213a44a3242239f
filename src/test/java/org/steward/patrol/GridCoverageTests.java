package org.steward.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.PageVisitor;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.inbox.InboxItem;
import org.steward.refusal.Refusal;

/**
 * Coverage per management class and period on a fixed clock, the inbox alert for grids falling behind, and
 * who may patrol and classify: on 黄河社区's two grids (黄河社区执法服务站), so no other test's patrols count.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class GridCoverageTests {

	static final String GRID_1 = "410105008001001";

	static final String GRID_2 = "410105008001002";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final CurrentUser HEAD = new CurrentUser("head.huanghe.test", "赵敏", Set.of(Role.STATION_HEAD),
			new DataScope.Station("huanghe"));

	static final CurrentUser OFFICER = new CurrentUser("officer.huanghe.test", "杨帆", Set.of(Role.OFFICER),
			new DataScope.Station("huanghe"));

	static final CurrentUser YUANTIAN_HEAD = new CurrentUser("head.yuantian.test", "张伟", Set.of(Role.STATION_HEAD),
			new DataScope.Station("yuantian"));

	static final CurrentUser ADMIN = new CurrentUser("admin.test", "管理员", Set.of(Role.ADMIN),
			new DataScope.District("410105"));

	@Autowired
	MutableClock clock;

	@Autowired
	Patrols patrols;

	@Autowired
	GridCoverage coverage;

	@Autowired
	PatrolInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void coverageCountsPatrolsAgainstEachClassFrequencyPerPeriodAndAlertsTheHeadForGridsFallingBehind() {
		coverage.classify(GRID_1, "FIRST", ADMIN); // twice a day
		coverage.classify(GRID_2, "THIRD", HEAD); // twice a week
		assertThat(coverage.classOf(GRID_1)).isEqualTo(ManagementClass.FIRST);
		assertThat(coverage.classOf(GRID_2)).isEqualTo(ManagementClass.THIRD);

		// a clean day, well after anything else in the database
		clock.advance(Duration.ofDays(40));
		LocalDate day = LocalDate.ofInstant(clock.instant(), ZONE).plusDays(1);
		Instant dayStart = day.atStartOfDay(ZONE).toInstant();
		clock.advance(Duration.between(clock.instant(), dayStart.plus(Duration.ofHours(9))));

		walk(OFFICER, new double[] { 34.810, 113.655 }, new double[] { 34.800, 113.655 }); // 09:00 grids 1 and 2
		clock.advance(Duration.ofHours(6));
		walk(HEAD, new double[] { 34.811, 113.650 }, new double[] { 34.812, 113.660 }); // 15:00 grid 1 only

		Instant dayEnd = dayStart.plus(Duration.ofDays(1));
		GridCoverage.Report today = coverage.ofStation("huanghe", dayStart, dayEnd, HEAD);
		assertThat(today.grids()).extracting(GridCoverage.GridRow::code, GridCoverage.GridRow::required,
				GridCoverage.GridRow::visits, GridCoverage.GridRow::met)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(GRID_1, 2, 2, true),
					org.assertj.core.groups.Tuple.tuple(GRID_2, 1, 1, true));
		assertThat(today.rate()).isEqualTo(100.0);

		// over the week the first-class grid needs 14 patrols and the third-class one 2: neither is met
		GridCoverage.Report week = coverage.ofStation("huanghe", dayStart, dayStart.plus(Duration.ofDays(7)), HEAD);
		assertThat(week.grids()).extracting(GridCoverage.GridRow::required).containsExactly(14, 2);
		assertThat(week.met()).isZero();
		assertThat(week.rate()).isEqualTo(0.0);

		// the next day nothing was patrolled yet; one grid alone is 0 % or 100 %
		assertThat(coverage.ofStation("huanghe", dayEnd, dayEnd.plus(Duration.ofDays(1)), HEAD).rate()).isEqualTo(0.0);
		assertThat(coverage.ofGrid(GRID_2, dayStart, dayEnd, HEAD).rate()).isEqualTo(100.0);
		assertThat(coverage.ofSquad("wenhua", dayStart, dayEnd, ADMIN)).extracting(GridCoverage.Report::total, GridCoverage.Report::met)
			.containsExactly(2, 2);

		// next morning at 10:00: grid 1 (every 12 h) is behind since 03:xx; grid 2 (every 3.5 days) is not
		clock.advance(Duration.ofHours(19));
		List<InboxItem> items = inbox.itemsFor(HEAD);
		assertThat(items).filteredOn(i -> i.kind().equals("patrol.inbox.gridBehind"))
			.extracting(InboxItem::subject)
			.containsExactly("黄河社区第1网格 " + GRID_1);
		assertThat(inbox.itemsFor(OFFICER)).noneMatch(i -> i.kind().equals("patrol.inbox.gridBehind"));
	}

	@Test
	void onlyAdministratorsAndTheStationsHeadClassifyItsGrids() {
		assertThatThrownBy(() -> coverage.classify(GRID_1, "SECOND", YUANTIAN_HEAD))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("patrol.refused.mayNotClassify"));
		assertThatThrownBy(() -> coverage.classify(GRID_1, "SECOND", OFFICER))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
		assertThatThrownBy(() -> coverage.classify(GRID_1, "FOURTH", ADMIN))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).field()).isEqualTo("managementClass"));
		assertThatThrownBy(() -> coverage.ofStation("huanghe", clock.instant(), clock.instant().minusSeconds(1), HEAD))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID));
	}

	@Test
	void anOfficerOfAnotherStationNeitherWritesToAPatrolNorStartsOneForIt() throws Exception {
		Patrol patrol = patrols.start(OFFICER, null);
		patrols.addPoints(patrol.id(), OFFICER, List.of(new Patrol.Point(clock.millis(), 34.81, 113.655, 5.0)));
		CurrentUser yuantianOfficer = new CurrentUser("officer.yuantian1", "李强", Set.of(Role.OFFICER),
				new DataScope.Station("yuantian"));
		assertThatThrownBy(() -> patrols.addPoints(patrol.id(), yuantianOfficer,
				List.of(new Patrol.Point(clock.millis() + 1000, 34.80, 113.655, 5.0))))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
		assertThatThrownBy(() -> patrols.end(patrol.id(), HEAD))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("patrol.refused.notYours"));
		CurrentUser community = new CurrentUser("community.test", "社区", Set.of(Role.COMMUNITY_STAFF),
				new DataScope.Community("410105008001"));
		assertThatThrownBy(() -> patrols.start(community, null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("patrol.refused.notAnOfficer"));

		// through the page's endpoint: 403 as a problem, nothing stored
		MockHttpSession session = PageVisitor.sessionOf(mvc, "officer.yuantian2");
		String body = "{\"points\":[{\"t\":" + (clock.millis() + 2000) + ",\"lat\":34.80,\"lng\":113.655}]}";
		int status = mvc.perform(post("/patrols/" + patrol.id() + "/points").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from patrol_point where patrol_id = :id").param("id", patrol.id())
			.query(Integer.class).single()).isEqualTo(1);

		// the same batch twice stores each position once
		List<Patrol.Point> batch = List.of(new Patrol.Point(clock.millis() + 3000, 34.80, 113.655, null),
				new Patrol.Point(clock.millis() + 4000, 34.801, 113.656, null));
		assertThat(patrols.addPoints(patrol.id(), OFFICER, batch).accepted()).isEqualTo(2);
		Patrol.BatchResult again = patrols.addPoints(patrol.id(), OFFICER, batch);
		assertThat(again.accepted()).isZero();
		assertThat(again.duplicates()).isEqualTo(2);
		assertThat(again.total()).isEqualTo(3);
		patrols.end(patrol.id(), OFFICER);
	}

	private void walk(CurrentUser who, double[]... positions) {
		Patrol patrol = patrols.start(who, null);
		for (double[] p : positions) {
			patrols.addPoints(patrol.id(), who, List.of(new Patrol.Point(clock.millis(), p[0], p[1], 5.0)));
			clock.advance(Duration.ofMinutes(10));
		}
		patrols.end(patrol.id(), who);
	}
}
