package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.coordination.JointTestSupport.COMMAND;
import static org.steward.coordination.JointTestSupport.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.cases.Cases;

import com.jayway.jsonpath.JsonPath;

/**
 * A category led by a department other than urban management (消防通道堵塞 by fire rescue, 社会生活噪声
 * by police) goes to the command centre's queue: its lead department gets a task so that its
 * liaison sees the case, and the command centre may call further departments onto it.
 */
@IntegrationTest
class LeadDepartmentTasksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	/** The departments with a task on the case, once the asynchronous listener has opened {@code expected}. */
	private List<String> departmentsOnce(String caseNumber, String expected) {
		return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
			String json = mvc.perform(get("/api/v1/cases/{n}/tasks", caseNumber).with(COMMAND))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return JsonPath.<List<String>>read(json, "$[*].departmentCode");
		}, codes -> codes.contains(expected));
	}

	private long taskOf(String caseNumber, String department) throws Exception {
		departmentsOnce(caseNumber, department);
		String json = mvc.perform(get("/api/v1/cases/{n}/tasks", caseNumber).with(COMMAND))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<List<Number>>read(json, "$[?(@.departmentCode == '" + department + "')].id").get(0).longValue();
	}

	@Test
	void registeringABlockedFireLaneOpensATaskForFireRescueItsLead() throws Exception {
		String n = cases.register(report("0506", "消防通道被私家车堵塞", Instant.now())).caseNumber().value();
		// the lead first, then the matrix's co-department (urban management clears the obstruction)
		List<String> departments = departmentsOnce(n, "URBAN_MANAGEMENT");
		assertThat(departments).containsExactly("FIRE_RESCUE", "URBAN_MANAGEMENT");
		long id = taskOf(n, "FIRE_RESCUE");
		mvc.perform(get("/api/v1/tasks/{id}", id).with(JointTestSupport.liaison("FIRE_RESCUE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.origin").value("MATRIX"))
			.andExpect(jsonPath("$.state").value("OPEN"));
		// the fire-rescue liaison reports for duty on it
		JointTestSupport.task(mvc, id, "acknowledge", JointTestSupport.liaison("FIRE_RESCUE"), "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"));
	}

	@Test
	void socialLifeNoiseLedByThePoliceOpensAPoliceTask() throws Exception {
		String n = cases.register(report("0601", "楼上深夜聚会喧哗", Instant.now())).caseNumber().value();
		assertThat(departmentsOnce(n, "PUBLIC_SECURITY")).containsOnlyOnce("PUBLIC_SECURITY");
	}

	@Test
	void theCommandCentreWhistlesDepartmentsOntoACaseInItsQueue() throws Exception {
		String n = cases.register(report("0506", "消防通道堆放杂物", Instant.now())).caseNumber().value();
		departmentsOnce(n, "URBAN_MANAGEMENT");
		JointTestSupport.post(mvc, "/api/v1/cases/" + n + "/whistle", COMMAND,
				"{\"departments\":[\"PUBLIC_SECURITY\"],\"reason\":\"车主拒不挪车\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].departmentCode").value("PUBLIC_SECURITY"))
			.andExpect(jsonPath("$[0].origin").value("WHISTLE"));
		// the lead already has its task, the police now have theirs: both are duplicates
		JointTestSupport.post(mvc, "/api/v1/cases/" + n + "/whistle", COMMAND,
				"{\"departments\":[\"FIRE_RESCUE\"],\"reason\":\"again\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", containsString("coordination.refused.duplicate")));

		// the page: the command centre sees the whistle form and uses it
		RequestPostProcessor command = user("command").roles("COMMAND_CENTRE");
		mvc.perform(get("/cases/{n}/joint", n).with(command))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("whistle-form")));
		mvc.perform(post("/cases/{n}/joint/whistle", n).with(command).with(csrf())
			.param("departments", "TRAFFIC_POLICE")
			.param("reason", "需拖移车辆"))
			.andExpect(redirectedUrl("/cases/" + n + "/joint"))
			.andExpect(flash().attribute("done", "whistle"));
		mvc.perform(post("/cases/{n}/joint/whistle", n).with(command).with(csrf())
			.param("departments", "TRAFFIC_POLICE")
			.param("reason", "again"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("TRAFFIC_POLICE 已在案件 " + n + " 中有任务。")));
		assertThat(departmentsOnce(n, "TRAFFIC_POLICE")).containsExactlyInAnyOrder("FIRE_RESCUE", "URBAN_MANAGEMENT",
				"PUBLIC_SECURITY", "TRAFFIC_POLICE");
	}
}
