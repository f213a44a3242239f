package org.steward.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.coordination.JointTestSupport.STATION_HEAD;
import static org.steward.coordination.JointTestSupport.liaison;
import static org.steward.coordination.JointTestSupport.report;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.cases.Cases;

import com.jayway.jsonpath.JsonPath;

/**
 * Each kind of refusal of joint handling — not found, forbidden, invalid, conflict, illegal move — through
 * the API in the caller's {@code Accept-Language} and on the pages in the reader's language ({@code ?lang=}),
 * worded from its code: the problem's type is the code, a bad field's message sits at its input.
 */
@IntegrationTest
class TaskRefusalsTests {

	private static final RequestPostProcessor FIRE_PAGE = user("liaison.fire_rescue").roles("DEPARTMENT_LIAISON");

	private static final RequestPostProcessor POLICE_PAGE = user("liaison.public_security").roles("DEPARTMENT_LIAISON");

	private static final RequestPostProcessor HEAD_PAGE = user("station.yuantian").roles("STATION_HEAD");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	private String openCase() {
		return cases.register(report("0502", "占道经营 (refusal test)", Instant.now())).caseNumber().value();
	}

	private long fireTask(String n) throws Exception {
		String json = api(n + "/whistle", STATION_HEAD, "zh-CN", "{\"departments\":[\"FIRE_RESCUE\"],\"reason\":\"楼道堆物\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(json, "$[0].id").longValue();
	}

	private ResultActions api(String casePath, RequestPostProcessor who, String language, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + casePath).with(who)
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions task(long id, String action, RequestPostProcessor who, String language, String body)
			throws Exception {
		return mvc.perform(post("/api/v1/tasks/" + id + "/" + action).with(who)
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	// ------------------------------------------------------------ the API

	@Test
	void anUnknownTaskIsA404InTheCallersLanguage() throws Exception {
		task(4_000_000_001L, "acknowledge", liaison("FIRE_RESCUE"), "zh-CN", "{}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:coordination.refused.taskNotFound"))
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.detail").value("没有编号为 4000000001 的任务。"));
		task(4_000_000_001L, "acknowledge", liaison("FIRE_RESCUE"), "en", "{}").andExpect(status().isNotFound())
			.andExpect(header().string("Content-Language", "en"))
			.andExpect(jsonPath("$.detail").value("There is no task 4000000001."));
	}

	@Test
	void anotherDepartmentsTaskIsA403InTheCallersLanguage() throws Exception {
		long id = fireTask(openCase());
		task(id, "acknowledge", liaison("PUBLIC_SECURITY"), "zh-CN", "{}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:coordination.refused.notTheTasksLiaison"))
			.andExpect(jsonPath("$.detail").value("任务 " + id + " 属于 FIRE_RESCUE，只有该部门的联络员可以办理。"));
		task(id, "acknowledge", liaison("PUBLIC_SECURITY"), "en", "{}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Task " + id + " is FIRE_RESCUE's; only its liaison acts on it."));
	}

	@Test
	void aMissingFieldIsA400NamingTheFieldInTheCallersLanguage() throws Exception {
		long id = fireTask(openCase());
		task(id, "decline", liaison("FIRE_RESCUE"), "zh-CN", "{\"reason\":\"不属本部门\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("basis"))
			.andExpect(jsonPath("$.errors[0].code").value("coordination.refused.required"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写：依据（法律法规或规定条款）。"));
		task(id, "decline", liaison("FIRE_RESCUE"), "en", "{\"reason\":\"not ours\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The request has 1 invalid field(s)"))
			.andExpect(jsonPath("$.errors[0].message").value("Please fill in: Basis (the law or rule cited)."));
	}

	@Test
	void aDepartmentCalledTwiceIsAConflictInTheCallersLanguage() throws Exception {
		String n = openCase();
		fireTask(n);
		api(n + "/whistle", STATION_HEAD, "zh-CN", "{\"departments\":[\"FIRE_RESCUE\"],\"reason\":\"again\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:coordination.refused.duplicate"))
			.andExpect(jsonPath("$.title").value("操作冲突"))
			.andExpect(jsonPath("$.department").value("FIRE_RESCUE"))
			.andExpect(jsonPath("$.detail").value("FIRE_RESCUE 已在案件 " + n + " 中有任务。"));
		api(n + "/whistle", STATION_HEAD, "en", "{\"departments\":[\"FIRE_RESCUE\"],\"reason\":\"again\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.detail").value("FIRE_RESCUE already has a task on case " + n + "."));
	}

	@Test
	void anIllegalMoveIsA409NamingTheStateInTheCallersLanguage() throws Exception {
		long id = fireTask(openCase());
		task(id, "complete", liaison("FIRE_RESCUE"), "zh-CN", "{\"result\":\"done\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:coordination.refused.illegalMove"))
			.andExpect(jsonPath("$.currentState").value("OPEN"))
			.andExpect(jsonPath("$.detail").value("任务当前为“待报到”，不能办结。"));
		task(id, "complete", liaison("FIRE_RESCUE"), "en", "{\"result\":\"done\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The task is \"Waiting for acknowledgement\"; you cannot complete it now."));
	}

	// ------------------------------------------------------------ the pages

	@Test
	void onTheQueuePageAMissingFieldIsA400WithTheMessageAtItsInputInTheReadersLanguage() throws Exception {
		long id = fireTask(openCase());
		mvc.perform(post("/coordination/tasks/{id}/decline", id).with(FIRE_PAGE).with(csrf()).param("reason", "不属本部门"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"id=\"error-basis\">请填写：依据（法律法规或规定条款）。</div>")))
			.andExpect(content().string(containsString("value=\"不属本部门\"")));
		mvc.perform(post("/coordination/tasks/{id}/decline", id).param("lang", "en")
			.with(FIRE_PAGE)
			.with(csrf())
			.param("reason", "not ours"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"id=\"error-basis\">Please fill in: Basis (the law or rule cited).</div>")))
			.andExpect(content().string(containsString("value=\"not ours\"")));
	}

	@Test
	void onTheQueuePageAnIllegalMoveIsShownInItsCardInTheReadersLanguage() throws Exception {
		long id = fireTask(openCase());
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", id).with(FIRE_PAGE).with(csrf()));
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", id).with(FIRE_PAGE).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("任务当前为“已报到”，不能报到。")));
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", id).param("lang", "en").with(FIRE_PAGE).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The task is &quot;Acknowledged&quot;; you cannot acknowledge it now.")));
	}

	@Test
	void onTheJointPageAConflictingWhistleIsShownAtTheFormKeepingWhatWasTyped() throws Exception {
		String n = openCase();
		fireTask(n);
		mvc.perform(post("/cases/{n}/joint/whistle", n).with(HEAD_PAGE).with(csrf())
			.param("departments", "FIRE_RESCUE")
			.param("reason", "再次呼叫"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("FIRE_RESCUE 已在案件 " + n + " 中有任务。")))
			.andExpect(content().string(containsString("value=\"再次呼叫\"")));
		mvc.perform(post("/cases/{n}/joint/whistle", n).param("lang", "en").with(HEAD_PAGE).with(csrf())
			.param("departments", "FIRE_RESCUE")
			.param("reason", "once more"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("FIRE_RESCUE already has a task on case " + n + ".")));
		mvc.perform(post("/cases/{n}/joint/whistle", n).param("lang", "en").with(HEAD_PAGE).with(csrf())
			.param("departments", "FIRE_RESCUE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-reason\">Please fill in: Reason.</div>")));
	}

	@Test
	void onAPageAnUnknownOrAnotherDepartmentsTaskIsTheWholePagesAnswerInTheReadersLanguage() throws Exception {
		long id = fireTask(openCase());
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", 4_000_000_002L).with(FIRE_PAGE).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有编号为 4000000002 的任务。")));
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", id).param("lang", "en").with(POLICE_PAGE).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Task " + id + " is FIRE_RESCUE&#39;s; only its liaison acts on it.")));
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", id).with(POLICE_PAGE).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("任务 " + id + " 属于 FIRE_RESCUE，只有该部门的联络员可以办理。")));
	}
}
