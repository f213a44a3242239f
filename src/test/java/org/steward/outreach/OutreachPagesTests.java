package org.steward.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.PageVisitor;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.inbox.InboxItem;

/**
 * The demo month of 园田's outreach, seeded through the module's own rules, read back on the pages in
 * both languages: the calendar with held and missed occurrences, a session with its sign-in list and
 * QR code, coverage, the maintained lists; and the officers' "session tomorrow" inbox items.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class OutreachPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoOutreachSeeder seeder;

	@Autowired
	Plans plans;

	@Autowired
	Sessions sessions;

	@Autowired
	SessionsTomorrow inbox;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	@Test
	void demoMonthOfSessionsShowsOnTheCalendarCoverageAndSessionPagesInBothLanguages() throws Exception {
		int held = seeder.seed();
		assertThat(held).isGreaterThanOrEqualTo(10);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		LocalDate from = today.minusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Plans.Entry> month = plans.calendar(List.of("yuantian"), from, today.minusDays(1));
		assertThat(month).filteredOn(e -> e.status() == Plans.Status.MISSED).hasSizeGreaterThanOrEqualTo(2);
		assertThat(month).filteredOn(e -> e.status() == Plans.Status.HELD).hasSizeGreaterThanOrEqualTo(held);

		PageVisitor head = PageVisitor.signIn(mvc, "station.yuantian");
		String calendar = head.read("/outreach?week=" + from.plusWeeks(1));
		assertThat(calendar).contains("门前三包与店外经营服务指导").contains("未开展").contains("已开展").contains("新增每周安排");
		assertThat(head.read("/outreach?week=" + from.plusWeeks(1) + "&lang=en")).contains("Missed").contains("Held")
			.contains("Plan a weekly slot");

		Plans.Entry first = month.stream().filter(e -> e.status() == Plans.Status.HELD).findFirst().orElseThrow();
		String session = head.read("/outreach/sessions/" + first.sessionId() + "?lang=zh_CN");
		assertThat(session).contains("签到名单").contains("打印活动记录").contains("队员登记");
		String coverage = head.read("/outreach/coverage?from=" + from + "&to=" + today);
		assertThat(coverage).contains("三联覆盖情况").contains("从未参加普法的单位").contains("id=\"cov-missed\"");
		assertThat(head.read("/outreach/coverage?from=" + from + "&to=" + today + "&lang=en"))
			.contains("Penalised without ever being educated");
		assertThat(head.read("/outreach/lists?lang=zh_CN")).contains("《中华人民共和国消防法》").contains("本季度有店外经营案件的商户");
		String squad = PageVisitor.signIn(mvc, "squad.dongfeng").read("/outreach?squad=dongfeng&week=" + from.plusWeeks(1));
		assertThat(squad).contains("(yuantian)");
		// an officer records but does not plan: no planning form
		assertThat(PageVisitor.signIn(mvc, "officer.yuantian1").read("/outreach?lang=zh_CN")).doesNotContain("新增每周安排");
	}

	@Test
	void officersNamedOnTomorrowsSessionFindItInTheirInbox() {
		CurrentUser head = accounts.byUsername("station.yuantian").orElseThrow();
		LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(1);
		long basis = sessions.find(0).map(s -> 0L).orElse(1L);
		Sessions.Session s = sessions.create(new Sessions.NewSession("yuantian", null, null, tomorrow.atTime(16, 0), 60,
				"ORGANISATIONS", "TRAINING", "单位门前三包培训（收件箱测试）", "园田社区党群服务中心", null, null, null,
				List.of("officer.yuantian2"), List.of(basis), List.of(), null, null), head);
		List<InboxItem> items = inbox.itemsFor(accounts.byUsername("officer.yuantian2").orElseThrow());
		assertThat(items).anySatisfy(i -> {
			assertThat(i.kind()).isEqualTo("outreach.inbox.tomorrow");
			assertThat(i.link()).isEqualTo("/outreach/sessions/" + s.id());
			assertThat(i.subject()).contains("收件箱测试");
		});
		assertThat(inbox.itemsFor(accounts.byUsername("officer.yuantian1").orElseThrow()))
			.noneSatisfy(i -> assertThat(i.link()).isEqualTo("/outreach/sessions/" + s.id()));
	}
}
