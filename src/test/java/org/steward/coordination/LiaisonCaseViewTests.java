package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.coordination.JointTestSupport.STATION_HEAD;
import static org.steward.coordination.JointTestSupport.report;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.cases.Cases;

import com.jayway.jsonpath.JsonPath;

/**
 * A department liaison works on a case through their task: the queue and the joint page show what
 * and where the problem is, and the case page of their task opens to them (nothing by lead
 * department); a task action's error stays in the card of that task.
 */
@IntegrationTest
class LiaisonCaseViewTests {

	private static final RequestPostProcessor POLICE = user("liaison.public_security").roles("DEPARTMENT_LIAISON");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	private String policeCase(String description) throws Exception {
		String n = cases.register(report("0502", description, Instant.now())).caseNumber().value();
		JointTestSupport.post(mvc, "/api/v1/cases/" + n + "/whistle", STATION_HEAD,
				"{\"departments\":[\"PUBLIC_SECURITY\"],\"reason\":\"摊主阻碍执法\"}")
			.andExpect(status().isCreated());
		return n;
	}

	private long policeTask(String caseNumber) throws Exception {
		String json = mvc.perform(get("/api/v1/cases/{n}/tasks", caseNumber).with(STATION_HEAD))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<java.util.List<Number>>read(json, "$[?(@.departmentCode == 'PUBLIC_SECURITY')].id")
			.get(0)
			.longValue();
	}

	/** The HTML of one task's card on the queue page. */
	private static String card(String page, long id) {
		int start = page.indexOf("id=\"task-card-" + id + "\"");
		assertThat(start).as("card of task " + id).isNotNegative();
		int next = page.indexOf("id=\"task-card-", start + 10);
		return page.substring(start, next < 0 ? page.length() : next);
	}

	@Test
	void theLiaisonsQueueShowsEachCasesCategoryDescriptionAndPlace() throws Exception {
		String n = policeCase("早市摊贩占道经营，堵住园田路口 (liaison view)");
		long id = policeTask(n);
		String page = mvc.perform(get("/coordination/tasks").with(POLICE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(card(page, id)).contains("case-brief-" + n)
			.contains("问题类别")
			.contains("0502")
			.contains("早市摊贩占道经营，堵住园田路口 (liaison view)")
			.contains("园田社区 园田路 1 号")
			.contains("摊主阻碍执法");
	}

	@Test
	void theLiaisonOpensTheCaseOfTheirTaskAndItsJointPageAndALiaisonWithoutATaskNeither() throws Exception {
		String n = policeCase("占道经营 (joint page brief)");
		// the task's case page opens to the liaison of the department taking part (and its joint page links back)
		mvc.perform(get("/cases/{n}", n).with(POLICE)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/cases/{n}", n).with(POLICE)).andExpect(status().isOk());
		mvc.perform(get("/cases/{n}/joint", n).with(POLICE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"joint-case\"")))
			.andExpect(content().string(containsString("占道经营 (joint page brief)")))
			.andExpect(content().string(containsString("园田社区 园田路 1 号")))
			.andExpect(content().string(containsString("back-to-case")));
		// a liaison whose department takes no part reads neither
		mvc.perform(get("/cases/{n}", n).with(user("liaison.fire_rescue").roles("DEPARTMENT_LIAISON")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/{n}/joint", n).with(user("liaison.fire_rescue").roles("DEPARTMENT_LIAISON")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLiaisonListsExactlyTheCasesOfTheirDepartmentsTasksNotThoseTheirDepartmentLeads() throws Exception {
		String whistled = policeCase("占道经营 (liaison list)");
		// 0502 is led by urban management; a case whose category another department leads is not theirs by that alone
		String json = mvc.perform(get("/api/v1/cases").param("size", "200").with(POLICE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> numbers = JsonPath.read(json, "$.items[*].caseNumber");
		assertThat(numbers).contains(whistled);
		String tasks = mvc.perform(get("/api/v1/tasks").param("status", "OPEN", "ACKNOWLEDGED", "IN_PROGRESS", "DECLINE_REQUESTED", "COMPLETED", "DECLINED").with(POLICE)).andReturn().getResponse().getContentAsString();
		java.util.Set<String> ofTasks = new java.util.HashSet<>(JsonPath.read(tasks, "$[*].caseNumber"));
		assertThat(ofTasks).containsAll(numbers);
		String other = mvc.perform(get("/api/v1/cases").param("size", "200").with(user("liaison.fire_rescue").roles("DEPARTMENT_LIAISON")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(other, "$.items[*].caseNumber")).doesNotContain(whistled);
	}

	@Test
	void aTaskActionsErrorAppearsInItsOwnCardNamingTheFieldAndKeepsWhatWasTyped() throws Exception {
		String first = policeCase("占道 (inline error 1)");
		String second = policeCase("占道 (inline error 2)");
		long a = policeTask(first);
		long b = policeTask(second);
		// the form with bad input is answered at once with 400: the queue page again, the message at its field
		String page = mvc
			.perform(post("/coordination/tasks/{id}/decline", a).with(POLICE).with(csrf()).param("reason", "不属本部门职责"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String cardA = card(page, a);
		assertThat(cardA).contains("id=\"error-basis\"")
			.contains("请填写：依据（法律法规或规定条款）。")
			.contains("value=\"不属本部门职责\"")
			.contains("is-invalid");
		assertThat(card(page, b)).doesNotContain("error-basis").doesNotContain("is-invalid").doesNotContain("不属本部门职责");
		// shown where it belongs, not only as an anonymous banner above every card
		assertThat(page).doesNotContain("id=\"task-error\"");
	}

	@Autowired
	org.steward.evidence.Photos photos;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void theLiaisonSeesTheReportsPhotosThroughTheirTaskAndOnlyThePhotosOfThatCase() throws Exception {
		byte[] bytes = TaskPhotoTests.png();
		java.util.List<org.steward.cases.Evidence> kept = transactions.execute(tx -> photos.keep("report:liaison-view",
				java.util.List.of(new org.steward.evidence.Photos.Upload("lane.png", "image/png", bytes))));
		org.steward.cases.NewReport base = report("0502", "占道 (case photo)", Instant.now());
		org.steward.cases.NewReport withPhoto = new org.steward.cases.NewReport(base.reportId(), base.channel(),
				base.categoryCode(), base.description(), base.location(), base.address(), base.urgency(), base.reporter(),
				base.submittedBy(), kept, base.receivedAt());
		String n = cases.register(withPhoto).caseNumber().value();
		JointTestSupport.post(mvc, "/api/v1/cases/" + n + "/whistle", STATION_HEAD,
				"{\"departments\":[\"PUBLIC_SECURITY\"],\"reason\":\"摊主阻碍执法\"}")
			.andExpect(status().isCreated());
		String sha = TaskPhotoTests.sha256(bytes);
		mvc.perform(get("/cases/{n}/joint", n).with(POLICE))
			.andExpect(content().string(containsString("/cases/" + n + "/joint/photos/" + sha)));
		mvc.perform(get("/cases/{n}/joint/photos/{sha}", n, sha).with(POLICE))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", "image/png"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().bytes(TaskPhotoTests.stored(bytes)));
		// a department with no task on the case, or a hash the case does not have: nothing
		mvc.perform(get("/cases/{n}/joint/photos/{sha}", n, sha).with(user("liaison.fire_rescue").roles("DEPARTMENT_LIAISON")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/{n}/joint/photos/{sha}", n, "0".repeat(64)).with(POLICE)).andExpect(status().isNotFound());
	}
}
