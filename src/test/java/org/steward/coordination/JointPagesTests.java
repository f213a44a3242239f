package org.steward.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** The joint-handling pages with the demo accounts signed in by session. */
@IntegrationTest
class JointPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	private static RequestPostProcessor signedIn(String username, String role) {
		return user(username).roles(role);
	}

	private long whistledFireTask(String n) throws Exception {
		String json = JointTestSupport.post(mvc, "/api/v1/cases/" + n + "/whistle", STATION_HEAD,
				"{\"departments\":[\"FIRE_RESCUE\"],\"reason\":\"楼道堆放杂物\"}").andReturn().getResponse().getContentAsString();
		return JsonPath.<Number>read(json, "$[0].id").longValue();
	}

	@Test
	void aLiaisonAcknowledgesOnTheQueuePageAndSeesAnIllegalMoveAsAMessage() throws Exception {
		String n = cases.register(report("0502", "占道 (page test)", Instant.now())).caseNumber().value();
		long id = whistledFireTask(n);
		RequestPostProcessor liaison = signedIn("liaison.fire_rescue", "DEPARTMENT_LIAISON");
		mvc.perform(get("/coordination/tasks").param("status", "OPEN").with(liaison))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("task-card-" + id)))
			.andExpect(content().string(containsString("待报到")));
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", id).with(liaison).with(csrf()))
			.andExpect(redirectedUrl("/coordination/tasks"))
			.andExpect(flash().attribute("done", "acknowledge"));
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", id).with(liaison).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"task-error-" + id + "\"")))
			.andExpect(content().string(containsString("任务当前为“已报到”，不能报到。")));
		mvc.perform(post("/coordination/tasks/{id}/decline", id).with(liaison).with(csrf()).param("reason", "不属本部门"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-basis\"")));
		mvc.perform(post("/coordination/tasks/{id}/acknowledge", id).with(signedIn("liaison.public_security",
				"DEPARTMENT_LIAISON")).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theCasesJointPageListsTheDepartmentsAndLetsTheStationHeadWhistleAndDecide() throws Exception {
		String n = cases.register(report("0502", "占道 (page test)", Instant.now())).caseNumber().value();
		RequestPostProcessor head = signedIn("station.yuantian", "STATION_HEAD");
		mvc.perform(post("/cases/{n}/joint/whistle", n).with(head).with(csrf())
			.param("departments", "MARKET_SUPERVISION")
			.param("reason", "无照经营"))
			.andExpect(redirectedUrl("/cases/" + n + "/joint"))
			.andExpect(flash().attribute("done", "whistle"));
		mvc.perform(post("/cases/{n}/joint/whistle", n).with(head).with(csrf())
			.param("departments", "MARKET_SUPERVISION")
			.param("reason", "again"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"whistle-error\"")))
			.andExpect(content().string(containsString("已在案件 " + n + " 中有任务。")));
		mvc.perform(get("/cases/{n}/joint", n).with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("市场监管")))
			.andExpect(content().string(containsString("whistle-form")));
		mvc.perform(get("/cases/{n}", n).with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cases/" + n + "/joint")));
		mvc.perform(get("/cases/{n}/joint", n).with(signedIn("officer.yuantian1", "OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("whistle-form"))));
	}

	@Test
	void onlyTheCommandCentreOpensTheLiveJointBoard() throws Exception {
		mvc.perform(get("/boards/joint").with(signedIn("command", "COMMAND_CENTRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/boards/joint/stream")));
		mvc.perform(get("/boards/joint").with(signedIn("officer.yuantian1", "OFFICER"))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(signedIn("liaison.fire_rescue", "DEPARTMENT_LIAISON")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/coordination/tasks")));
	}

	@Test
	void theEnglishPagesSpeakEnglish() throws Exception {
		mvc.perform(get("/boards/joint").param("lang", "en").with(signedIn("command", "COMMAND_CENTRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joint handling board")));
	}
}
