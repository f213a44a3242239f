package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.PageVisitor;

/**
 * The issue's two seed scenarios through the pages only, as the people in them would work: each
 * signs in with their demo account on the login form, reads a page and sends its form with the
 * page's CSRF token. The clock is moved by hand; the task deadline sweep is run by hand.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = { "steward.cases.sweep-initial-delay=P1D",
		"steward.coordination.sweep-initial-delay=P1D", "steward.coordination.command-grace=PT1H" })
class JointScenarioPagesTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final Pattern CASE_NUMBER = Pattern.compile("id=\"done-case\"[^>]*>([0-9-]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	TaskDeadlineSweep sweep;

	@Test
	void nightTimeCommercialNoiseInYuantianIsHandledTogetherAndClosesThroughThePages() throws Exception {
		toNext(LocalTime.of(22, 40)); // night time: 22:00–06:00

		PageVisitor community = PageVisitor.signIn(mvc, "community.yuantian");
		String n = reportOn(community, "/whistle", "0602", "园田路 18 号 KTV 门口夜间音响外放招揽顾客（页面联合处置）");

		PageVisitor police = PageVisitor.signIn(mvc, "liaison.public_security");
		PageVisitor environment = PageVisitor.signIn(mvc, "liaison.ecology_environment");
		PageVisitor officer = PageVisitor.signIn(mvc, "officer.yuantian1");
		PageVisitor head = PageVisitor.signIn(mvc, "station.yuantian");
		long policeTask = taskOn(police, n);
		long environmentTask = taskOn(environment, n);

		// every department reports for duty on its queue; the lead's officer on the case page
		police.read("/coordination/tasks");
		assertThat(police.submitAndFollow("/coordination/tasks/" + policeTask + "/acknowledge")).isEqualTo("/coordination/tasks");
		environment.read("/coordination/tasks");
		environment.submitAndFollow("/coordination/tasks/" + environmentTask + "/acknowledge");
		officer.read("/cases/" + n);
		officer.submitAndFollow("/cases/" + n + "/actions/acknowledge", "notes", "已报到，马上到场");
		assertThat(head.read("/cases/" + n + "/joint")).contains("公安").contains("生态环境").contains("已报到")
			.doesNotContain("待报到");

		// environment declines citing the law; the lead approves on the joint page
		environment.read("/coordination/tasks");
		environment.submitAndFollow("/coordination/tasks/" + environmentTask + "/decline", "reason", "商业经营噪声不属本部门职责",
				"basis", "《中华人民共和国噪声污染防治法》第六十四条");
		String joint = head.read("/cases/" + n + "/joint");
		assertThat(joint).contains("id=\"decision-" + environmentTask + "\"").contains("第六十四条");
		head.submitAndFollow("/cases/" + n + "/joint/tasks/" + environmentTask + "/decision", "approve", "true", "notes",
				"同意，由城管牵头查处");
		assertThat(head.read("/cases/" + n + "/joint")).contains("已退回").doesNotContain("id=\"decision-");

		// on site; the police task is still open, so the page says why the case cannot be handled yet
		officer.read("/cases/" + n);
		officer.submitAndFollow("/cases/" + n + "/actions/arrive", "lat", "34.7986", "lng", "113.6831");
		String blocked = officer.read("/cases/" + n);
		assertThat(blocked).contains("id=\"blocked-handle\"").contains("公安的任务（#" + policeTask + "）仍为“已报到”")
			.doesNotContain("生态环境的任务");

		police.read("/coordination/tasks");
		byte[] photo = TaskPhotoTests.jpeg();
		MvcResult progress = police.upload("/coordination/tasks/" + policeTask + "/progress",
				new MockMultipartFile[] { new MockMultipartFile("photos", "现场.jpg", "image/jpeg", photo) }, "notes",
				"民警到场，当事人已关闭音响");
		assertThat(progress.getResponse().getStatus()).isEqualTo(302);
		assertThat(head.read("/cases/" + n + "/joint")).contains("民警到场，当事人已关闭音响")
			.contains("/coordination/tasks/" + policeTask + "/photos/" + TaskPhotoTests.sha256(photo));
		police.submitAndFollow("/coordination/tasks/" + policeTask + "/complete", "result", "已对经营者警告并记录");

		assertThat(officer.read("/cases/" + n)).doesNotContain("id=\"blocked-handle\"");
		officer.submitAndFollow("/cases/" + n + "/actions/handle", "result", "音响已拆除，经营者承诺 22 点后不外放");
		head.read("/cases/" + n);
		head.submitAndFollow("/cases/" + n + "/actions/verify", "passed", "true", "notes", "回访确认已安静");
		assertThat(head.read("/cases/" + n)).contains("data-status=\"CLOSED\"");
	}

	@Test
	void aLateFireTaskIsEscalatedOnTheJointBoardAndTheCaseWaitsForEveryTaskThroughThePages() throws Exception {
		toNext(LocalTime.of(9, 30));

		PageVisitor officer = PageVisitor.signIn(mvc, "officer.yuantian1");
		String n = reportOn(officer, "/patrol/new", "0107", "园田小区 3 号楼楼顶运送建材、搭设框架（页面违建苗头）");

		PageVisitor fire = PageVisitor.signIn(mvc, "liaison.fire_rescue");
		PageVisitor market = PageVisitor.signIn(mvc, "liaison.market_supervision");
		PageVisitor command = PageVisitor.signIn(mvc, "command");
		PageVisitor head = PageVisitor.signIn(mvc, "station.yuantian");
		long fireTask = taskOn(fire, n);
		long marketTask = taskOn(market, n);

		market.read("/coordination/tasks");
		market.submitAndFollow("/coordination/tasks/" + marketTask + "/acknowledge");
		officer.read("/cases/" + n);
		officer.submitAndFollow("/cases/" + n + "/actions/acknowledge");

		// fire rescue lets its 30 minutes pass: the squad leader is alerted, and the board shows it
		clock.advance(Duration.ofMinutes(31));
		sweep.sweep();
		String board = command.read("/boards/joint");
		String fireRow = row(board, fireTask);
		assertThat(fireRow).contains("table-danger").contains("报到时限已超时，已上报中队长");
		assertThat(row(board, marketTask)).doesNotContain("task-escalated");
		clock.advance(Duration.ofMinutes(60));
		sweep.sweep();
		assertThat(row(command.read("/boards/joint?lang=en"), fireTask)).contains("command centre alerted");

		officer.read("/cases/" + n);
		officer.submitAndFollow("/cases/" + n + "/actions/arrive", "lat", "34.7985", "lng", "113.6830");
		assertThat(officer.read("/cases/" + n)).contains("id=\"blocked-handle\"")
			.contains("消防救援的任务（#" + fireTask + "）仍为“待报到”")
			.contains("市场监管的任务（#" + marketTask + "）仍为“已报到”");
		// sent anyway (an old tab): refused with the same reasons, nothing changes
		MvcResult refused = officer.submit("/cases/" + n + "/actions/handle", "result", "已责令停工");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("id=\"action-blocked\"")
			.contains("消防救援的任务（#" + fireTask + "）");

		fire.read("/coordination/tasks");
		fire.submitAndFollow("/coordination/tasks/" + fireTask + "/acknowledge");
		fire.submitAndFollow("/coordination/tasks/" + fireTask + "/complete", "result", "楼顶消防通道已检查，无堵塞");
		assertThat(officer.read("/cases/" + n)).contains("id=\"blocked-handle\"")
			.doesNotContain("消防救援的任务").contains("市场监管的任务");
		market.read("/coordination/tasks");
		market.submitAndFollow("/coordination/tasks/" + marketTask + "/complete", "result", "建材商户无照经营已立案查处");

		officer.read("/cases/" + n);
		officer.submitAndFollow("/cases/" + n + "/actions/handle", "result", "已责令停工，当事人自行拆除框架");
		head.read("/cases/" + n);
		head.submitAndFollow("/cases/" + n + "/actions/verify", "passed", "true");
		assertThat(head.read("/cases/" + n)).contains("data-status=\"CLOSED\"");
		assertThat(command.read("/boards/joint")).doesNotContain("id=\"task-" + fireTask + "\"");
	}

	// ------------------------------------------------------------ steps

	/** Fills in a report form (whistle or patrol finding) at the demo point; answers the case number it got. */
	private String reportOn(PageVisitor who, String page, String category, String description) throws Exception {
		who.read(page);
		String done = who.submitAndFollow(page, "categoryCode", category, "description", description, "lat", "34.7985",
				"lng", "113.6830", "address", "园田社区", "urgency", "NORMAL", "submissionKey", UUID.randomUUID().toString());
		assertThat(done).startsWith("/report/done/");
		Matcher m = CASE_NUMBER.matcher(who.read(done));
		assertThat(m.find()).as("the done page names the case for staff").isTrue();
		return m.group(1);
	}

	/** The id of the department's task on the case, once its queue page shows it (the matrix listener runs after commit). */
	private static long taskOn(PageVisitor liaison, String caseNumber) {
		Pattern card = Pattern.compile("id=\"task-card-(\\d+)\"(?:(?!task-card-).)*?" + Pattern.quote(caseNumber),
				Pattern.DOTALL);
		return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
			Matcher m = card.matcher(liaison.read("/coordination/tasks?status=OPEN"));
			return m.find() ? Long.parseLong(m.group(1)) : null;
		}, id -> id != null);
	}

	private static String row(String board, long taskId) {
		Matcher m = Pattern.compile("<tr[^>]*id=\"task-" + taskId + "\".*?</tr>", Pattern.DOTALL).matcher(board);
		assertThat(m.find()).as("row of task " + taskId + " on the board").isTrue();
		return m.group();
	}

	/** Moves the clock on to the next given local time in Beijing. */
	private void toNext(LocalTime time) {
		ZonedDateTime now = clock.instant().atZone(BEIJING);
		ZonedDateTime next = now.with(time);
		if (!next.isAfter(now)) {
			next = next.plusDays(1);
		}
		clock.advance(Duration.between(now, next));
	}
}
