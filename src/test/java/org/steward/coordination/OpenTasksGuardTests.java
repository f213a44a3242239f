package org.steward.coordination;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.coordination.JointTestSupport.OFFICER;
import static org.steward.coordination.JointTestSupport.STATION_HEAD;
import static org.steward.coordination.JointTestSupport.act;
import static org.steward.coordination.JointTestSupport.liaison;
import static org.steward.coordination.JointTestSupport.report;
import static org.steward.coordination.JointTestSupport.task;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;

/**
 * The guard between a joint case and its end. The listener that opens matrix tasks after the
 * registration commits is replaced by a mock, so "the officer is faster than the listener" is not
 * a matter of timing: the test delivers the registration to {@link JointHandling#openFromMatrix}
 * itself, when it chooses.
 */
@IntegrationTest
class OpenTasksGuardTests {

	private static final String ARRIVE = "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}";

	@MockitoBean
	JointCaseListener listener;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	JointHandling handling;

	private String onSiteCase(String category) throws Exception {
		String n = cases.register(report(category, "guard test " + category, Instant.now())).caseNumber().value();
		act(mvc, n, "acknowledge", OFFICER, "{}").andExpect(status().isOk());
		act(mvc, n, "arrive", OFFICER, ARRIVE).andExpect(status().isOk());
		return n;
	}

	@Test
	void anOfficerFasterThanTheMatrixListenerCannotHandleTheCaseBeforeItsTasksExist() throws Exception {
		String n = onSiteCase("0602");

		// registered, but the co-departments' tasks are not opened yet
		act(mvc, n, "handle", OFFICER, "{\"result\":\"音响已关闭\"}", "en").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:cases.refused.blocked"))
			.andExpect(jsonPath("$.currentStatus").value("ON_SITE"))
			.andExpect(jsonPath("$.openWork[*].code", everyItem(is("coordination.blocker.pending"))))
			.andExpect(jsonPath("$.openWork[*].message", hasItem(containsString("is being opened"))))
			.andExpect(jsonPath("$.openWork.length()").value(2));

		// the registration event arrives: now the open tasks block it, by name
		List<JointTask> opened = handling.openFromMatrix(new CaseNumber(n));
		act(mvc, n, "handle", OFFICER, "{\"result\":\"音响已关闭\"}", "en").andExpect(status().isConflict())
			.andExpect(jsonPath("$.openWork[*].code", everyItem(is("coordination.blocker.task"))))
			.andExpect(jsonPath("$.openWork[*].message", hasItem(containsString("task (#" + opened.get(0).id() + ")"))));
		act(mvc, n, "handle", OFFICER, "{\"result\":\"音响已关闭\"}", "zh-CN").andExpect(status().isConflict())
			.andExpect(jsonPath("$.openWork[*].message", hasItem(containsString("的任务（#" + opened.get(0).id() + "）"))));

		// a redelivered event opens nothing twice
		org.assertj.core.api.Assertions.assertThat(handling.openFromMatrix(new CaseNumber(n))).isEmpty();

		for (JointTask t : opened) {
			task(mvc, t.id(), "acknowledge", liaison(t.departmentCode()), "{}").andExpect(status().isOk());
			task(mvc, t.id(), "complete", liaison(t.departmentCode()), "{\"result\":\"done\"}").andExpect(status().isOk());
		}
		act(mvc, n, "handle", OFFICER, "{\"result\":\"音响已关闭\"}").andExpect(status().isOk());
		act(mvc, n, "verify", STATION_HEAD, "{\"passed\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("CLOSED"));
	}

	@Test
	void aCaseWhoseCategoryNamesNoCoDepartmentIsNeverHeldBack() throws Exception {
		String n = onSiteCase("0502");
		act(mvc, n, "handle", OFFICER, "{\"result\":\"摊贩已劝离\"}").andExpect(status().isOk());
	}

	@Test
	void theCasePageNamesEachBlockingTaskAndItsStateAndDisablesHandling() throws Exception {
		String n = onSiteCase("0107");
		RequestPostProcessor officer = user("officer.yuantian1").roles("OFFICER");

		mvc.perform(get("/cases/{n}", n).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"blocked-handle\"")))
			.andExpect(content().string(containsString("消防救援的任务正在生成")))
			.andExpect(content().string(containsString("市场监管的任务正在生成")));

		List<JointTask> opened = handling.openFromMatrix(new CaseNumber(n));
		JointTask fire = opened.stream().filter(t -> t.departmentCode().equals("FIRE_RESCUE")).findFirst().orElseThrow();
		JointTask market = opened.stream().filter(t -> !t.equals(fire)).findFirst().orElseThrow();
		task(mvc, market.id(), "acknowledge", liaison("MARKET_SUPERVISION"), "{}").andExpect(status().isOk());

		String page = mvc.perform(get("/cases/{n}", n).with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("消防救援的任务（#" + fire.id() + "）仍为“待报到”")
			.contains("市场监管的任务（#" + market.id() + "）仍为“已报到”")
			.containsPattern("<button[^>]*id=\"action-handle\"[^>]*disabled");

		mvc.perform(get("/cases/{n}", n).param("lang", "en").with(officer))
			.andExpect(content().string(containsString("Open work still blocks")))
			.andExpect(content().string(containsString("task (#" + fire.id() + ") is still &quot;Waiting for acknowledgement&quot;")));

		// a handle sent anyway (an old page, a second tab) is refused with the same list, not a generic message
		mvc.perform(post("/cases/{n}/actions/handle", n).with(officer).with(csrf()).param("result", "已责令停工"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"action-blocked\"")))
			.andExpect(content().string(containsString("消防救援的任务（#" + fire.id() + "）")))
			.andExpect(content().string(not(containsString("id=\"action-error\""))));
	}

	@Autowired
	OpenTasksGuard guard;

	@Autowired
	org.springframework.context.MessageSource messages;

	/** The blockers as an English reader sees them. */
	private List<String> worded(List<org.steward.cases.CaseCloseGuard.Blocker> blockers) {
		return blockers.stream().map(b -> messages.getMessage(b, java.util.Locale.ENGLISH)).toList();
	}

	@Test
	void aCaseLedByAnotherDepartmentWaitsForItsLeadsTaskToo() throws Exception {
		// 0506 消防通道堵塞: fire rescue leads, urban management is the matrix's co-department
		CaseNumber n = cases.register(report("0506", "guard test 0506", Instant.now())).caseNumber();
		List<String> pending = worded(guard.blockers(n, org.steward.cases.CaseAction.HANDLE));
		org.assertj.core.api.Assertions.assertThat(pending)
			.containsExactly("Fire and rescue's task is being opened (the responsibility matrix calls this department); wait a moment",
					"Urban management's task is being opened (the responsibility matrix calls this department); wait a moment");

		List<JointTask> opened = handling.openFromMatrix(n);
		org.assertj.core.api.Assertions.assertThat(opened).extracting(JointTask::departmentCode)
			.containsExactly("FIRE_RESCUE", "URBAN_MANAGEMENT");
		org.assertj.core.api.Assertions.assertThat(guard.blockers(n, org.steward.cases.CaseAction.HANDLE))
			.extracting(b -> b.arguments().get(1))
			.containsExactly(Long.toString(opened.get(0).id()), Long.toString(opened.get(1).id()));
		// a redelivered registration opens nothing twice
		org.assertj.core.api.Assertions.assertThat(handling.openFromMatrix(n)).isEmpty();
	}
}
