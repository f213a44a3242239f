package org.steward.coordination;

import org.steward.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.coordination.JointTestSupport.COMMAND;
import static org.steward.coordination.JointTestSupport.OFFICER;
import static org.steward.coordination.JointTestSupport.STATION_HEAD;
import static org.steward.coordination.JointTestSupport.act;
import static org.steward.coordination.JointTestSupport.awaitTask;
import static org.steward.coordination.JointTestSupport.liaison;
import static org.steward.coordination.JointTestSupport.report;
import static org.steward.coordination.JointTestSupport.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.EventLog;
import org.steward.IntegrationTest;
import org.steward.cases.CaseStatus;
import org.steward.cases.Cases;
import org.steward.cases.RegisteredCase;

/**
 * The issue's two seed scenarios through the API, nothing mocked, with the real demo accounts.
 * The sweeps' schedules are pushed out of the way; the task sweep is run by hand with a clock
 * moved by hand.
 */
@IntegrationTest
@Import({ MutableClock.Config.class, EventLog.Config.class })
@TestPropertySource(properties = { "steward.cases.sweep-initial-delay=P1D",
		"steward.coordination.sweep-initial-delay=P1D", "steward.coordination.command-grace=PT1H" })
class JointScenarioTests {

	private static final String ARRIVE = "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	MutableClock clock;

	@Autowired
	TaskDeadlineSweep sweep;

	@Autowired
	EventLog events;

	private final Alerts alerts = new Alerts();

	/** The missed task deadlines the event log heard about one case. */
	private final class Alerts {

		List<TaskDeadlineMissed> of(String caseNumber) {
			return events.of(TaskDeadlineMissed.class, m -> m.caseNumber().equals(caseNumber));
		}
	}

	@Test
	void nightTimeCommercialNoiseInYuantianClosesOnceEveryDepartmentHasAnswered() throws Exception {
		RegisteredCase c = cases.register(report("0602", "夜间 KTV 门口音响外放招揽顾客 (test)", clock.instant()));
		String n = c.caseNumber().value();
		assertThat(c.station().code()).isEqualTo("yuantian");

		long police = awaitTask(mvc, n, "PUBLIC_SECURITY");
		long environment = awaitTask(mvc, n, "ECOLOGY_ENVIRONMENT");
		mvc.perform(get("/api/v1/cases/{n}/tasks", n).with(STATION_HEAD))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].state").value("OPEN"))
			.andExpect(jsonPath("$[0].origin").value("MATRIX"))
			.andExpect(jsonPath("$[0].runningDeadline").value("ACKNOWLEDGE"));

		// the lead's own officers report for duty on the case; the departments on their tasks
		act(mvc, n, "acknowledge", OFFICER, "{}").andExpect(status().isOk());
		task(mvc, police, "acknowledge", liaison("PUBLIC_SECURITY"), "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.acknowledgedBy").value("liaison.public_security"))
			.andExpect(jsonPath("$.runningDeadline").value("HANDLE"));
		task(mvc, environment, "acknowledge", liaison("ECOLOGY_ENVIRONMENT"), "{}").andExpect(status().isOk());

		task(mvc, environment, "decline", liaison("ECOLOGY_ENVIRONMENT"), """
				{"reason":"商业经营噪声不属本部门",
				 "basis":"《中华人民共和国噪声污染防治法》第六十四条：商业经营活动噪声由县级以上地方人民政府指定的部门查处"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DECLINE_REQUESTED"));
		task(mvc, environment, "decline-decision", STATION_HEAD, "{\"approve\":true,\"notes\":\"agreed\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DECLINED"));

		act(mvc, n, "arrive", OFFICER, ARRIVE).andExpect(status().isOk());
		act(mvc, n, "handle", OFFICER, "{\"result\":\"音响已关闭\"}", "en").andExpect(status().isConflict())
			.andExpect(jsonPath("$.openWork[*].message", hasItem(containsString("Public security (police)'s task (#" + police + ")"))))
			.andExpect(jsonPath("$.currentStatus").value("ON_SITE"));

		task(mvc, police, "progress", liaison("PUBLIC_SECURITY"), "{\"notes\":\"民警已到场\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_PROGRESS"));
		task(mvc, police, "complete", liaison("PUBLIC_SECURITY"), "{\"result\":\"当事人已警告\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("COMPLETED"));

		act(mvc, n, "handle", OFFICER, "{\"result\":\"音响已关闭\"}").andExpect(status().isOk());
		act(mvc, n, "verify", STATION_HEAD, "{\"passed\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value(CaseStatus.CLOSED.name()));

		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
		mvc.perform(get("/api/v1/coordination/assessment").param("from", today.toString())
			.param("to", today.toString())
			.with(COMMAND))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments[*].code", allOf(hasItem("PUBLIC_SECURITY"), hasItem("ECOLOGY_ENVIRONMENT"))))
			.andExpect(jsonPath("$.departments[?(@.code == 'ECOLOGY_ENVIRONMENT')].declinesApproved", hasItem(
					org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
			.andExpect(jsonPath("$.whistlers[*].code", hasItem("MATRIX:yuantian")));
	}

	@Test
	void earlySignsOfAnIllegalExtensionEscalateTheLateFireTaskAndBlockTheCaseUntilEveryTaskEnds() throws Exception {
		RegisteredCase c = cases.register(report("0107", "小区楼顶运送建材、搭设框架 (test)", clock.instant()));
		String n = c.caseNumber().value();
		long fire = awaitTask(mvc, n, "FIRE_RESCUE");
		long market = awaitTask(mvc, n, "MARKET_SUPERVISION");

		task(mvc, market, "acknowledge", liaison("MARKET_SUPERVISION"), "{}").andExpect(status().isOk());
		act(mvc, n, "acknowledge", OFFICER, "{}").andExpect(status().isOk());

		sweep.sweep();
		assertThat(alerts.of(n)).isEmpty();

		clock.advance(Duration.ofMinutes(31));
		sweep.sweep();
		sweep.sweep(); // a second node, or the next run: the rung is already claimed
		assertThat(alerts.of(n)).singleElement().satisfies(m -> {
			assertThat(m.departmentCode()).isEqualTo("FIRE_RESCUE");
			assertThat(m.deadline()).isEqualTo("ACKNOWLEDGE");
			assertThat(m.level()).isEqualTo("SQUAD_LEADER");
			assertThat(m.taskId()).isEqualTo(fire);
		});
		clock.advance(Duration.ofMinutes(60));
		sweep.sweep();
		clock.advance(Duration.ofMinutes(60));
		sweep.sweep();
		assertThat(alerts.of(n)).extracting(TaskDeadlineMissed::level)
			.containsExactly("SQUAD_LEADER", "COMMAND_CENTRE", "DISTRICT_COORDINATION_LEAD");
		mvc.perform(get("/api/v1/tasks/{id}", fire).with(liaison("FIRE_RESCUE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.escalationLevel").value(3))
			.andExpect(jsonPath("$.steps[*].action", hasItem("DEADLINE_MISSED")));

		act(mvc, n, "arrive", OFFICER, ARRIVE).andExpect(status().isOk());
		act(mvc, n, "handle", OFFICER, "{\"result\":\"已责令停工\"}", "en").andExpect(status().isConflict())
			.andExpect(jsonPath("$.openWork[*].message", allOf(hasItem(containsString("Fire and rescue's task (#" + fire + ")")),
					hasItem(containsString("Market supervision's task (#" + market + ")")))));

		task(mvc, fire, "acknowledge", liaison("FIRE_RESCUE"), "{}").andExpect(status().isOk());
		task(mvc, fire, "complete", liaison("FIRE_RESCUE"), "{\"result\":\"消防通道已检查\"}").andExpect(status().isOk());
		act(mvc, n, "handle", OFFICER, "{\"result\":\"已责令停工\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.openWork.length()").value(1))
			.andExpect(jsonPath("$.openWork[0].message", containsString("市场监管的任务（#" + market + "）")));
		task(mvc, market, "complete", liaison("MARKET_SUPERVISION"), "{\"result\":\"无证经营已查处\"}")
			.andExpect(status().isOk());
		act(mvc, n, "handle", OFFICER, "{\"result\":\"已责令停工\"}").andExpect(status().isOk());
		act(mvc, n, "verify", STATION_HEAD, "{\"passed\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("CLOSED"));

		LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
		mvc.perform(get("/api/v1/coordination/assessment").param("from", day.minusDays(1).toString())
			.param("to", day.toString())
			.with(COMMAND))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments[?(@.code == 'FIRE_RESCUE')].deadlinesMissed",
					hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
	}
}
