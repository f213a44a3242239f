package org.steward.coordination;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.coordination.JointTestSupport.COMMUNITY;
import static org.steward.coordination.JointTestSupport.OFFICER;
import static org.steward.coordination.JointTestSupport.SQUAD_LEADER;
import static org.steward.coordination.JointTestSupport.STATION_HEAD;
import static org.steward.coordination.JointTestSupport.act;
import static org.steward.coordination.JointTestSupport.liaison;
import static org.steward.coordination.JointTestSupport.post;
import static org.steward.coordination.JointTestSupport.report;
import static org.steward.coordination.JointTestSupport.task;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.IntegrationTest;
import org.steward.cases.Cases;
import org.steward.cases.RegisteredCase;

import com.jayway.jsonpath.JsonPath;

/** Every refusal of the whistle and of the task actions, through the API with the demo accounts. */
@IntegrationTest
class JointRejectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	/** Occupying the road (0502) names no co-department: the case only becomes joint by a whistle. */
	private String openCase() {
		RegisteredCase c = cases.register(report("0502", "占道经营 (test)", Instant.now()));
		return c.caseNumber().value();
	}

	private ResultActions whistle(String n, org.springframework.test.web.servlet.request.RequestPostProcessor who,
			String body) throws Exception {
		return post(mvc, "/api/v1/cases/" + n + "/whistle", who, body);
	}

	private long whistleOne(String n, String department) throws Exception {
		String json = whistle(n, STATION_HEAD, "{\"departments\":[\"" + department + "\"],\"reason\":\"需要协同\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(json, "$[0].id").longValue();
	}

	@Test
	void aWhistleAddsDepartmentsLaterButNeverTheSameOneTwice() throws Exception {
		String n = openCase();
		whistle(n, STATION_HEAD, "{\"departments\":[\"MARKET_SUPERVISION\"],\"reason\":\"无证经营\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].origin").value("WHISTLE"))
			.andExpect(jsonPath("$[0].whistledBy").value("station.yuantian"))
			.andExpect(jsonPath("$[0].state").value("OPEN"));
		whistle(n, SQUAD_LEADER, "{\"departments\":[\"TRAFFIC_POLICE\"],\"reason\":\"占用机动车道\"}")
			.andExpect(status().isCreated());
		whistle(n, COMMUNITY, "{\"departments\":[\"MARKET_SUPERVISION\"],\"reason\":\"again\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:coordination.refused.duplicate"));
		whistle(n, COMMUNITY, "{\"departments\":[\"FIRE_RESCUE\",\"FIRE_RESCUE\"],\"reason\":\"twice\"}")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/cases/{n}/tasks", n).with(STATION_HEAD)).andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void refusesAWhistleNamingAnUnknownDepartmentOrWithoutAReason() throws Exception {
		String n = openCase();
		whistle(n, STATION_HEAD, "{\"departments\":[\"FIRE_RESCUE\",\"SPACE_AGENCY\"],\"reason\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departments[1]"));
		whistle(n, STATION_HEAD, "{\"departments\":[\"FIRE_RESCUE\"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		whistle(n, STATION_HEAD, "{\"departments\":[],\"reason\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departments"));
		mvc.perform(get("/api/v1/cases/{n}/tasks", n).with(STATION_HEAD)).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void refusesAWhistleFromAnOfficerOrALiaisonOrOnAnUnknownOrClosedCase() throws Exception {
		String n = openCase();
		String body = "{\"departments\":[\"FIRE_RESCUE\"],\"reason\":\"x\"}";
		whistle(n, OFFICER, body).andExpect(status().isForbidden());
		whistle(n, liaison("FIRE_RESCUE"), body).andExpect(status().isForbidden());
		whistle("410105-1999-999999", STATION_HEAD, body).andExpect(status().isNotFound());
		act(mvc, n, "acknowledge", OFFICER, "{}").andExpect(status().isOk());
		act(mvc, n, "arrive", OFFICER, "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")
			.andExpect(status().isOk());
		act(mvc, n, "handle", OFFICER, "{\"result\":\"done\"}").andExpect(status().isOk());
		act(mvc, n, "verify", STATION_HEAD, "{\"passed\":true}").andExpect(status().isOk());
		whistle(n, STATION_HEAD, body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:coordination.refused.caseNotOpen"));
	}

	@Test
	void answersAnotherDepartmentsTaskWith403AndAnUnknownTaskWith404() throws Exception {
		long id = whistleOne(openCase(), "FIRE_RESCUE");
		task(mvc, id, "acknowledge", liaison("PUBLIC_SECURITY"), "{}").andExpect(status().isForbidden());
		task(mvc, id, "acknowledge", OFFICER, "{}").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tasks/{id}", id).with(liaison("PUBLIC_SECURITY"))).andExpect(status().isForbidden());
		task(mvc, Long.MAX_VALUE, "acknowledge", liaison("FIRE_RESCUE"), "{}").andExpect(status().isNotFound());
	}

	@Test
	void answersAnIllegalMoveWith409NamingTheCurrentState() throws Exception {
		long id = whistleOne(openCase(), "FIRE_RESCUE");
		task(mvc, id, "complete", liaison("FIRE_RESCUE"), "{\"result\":\"done\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentState").value("OPEN"));
		task(mvc, id, "progress", liaison("FIRE_RESCUE"), "{\"notes\":\"n\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentState").value("OPEN"));
		task(mvc, id, "decline-decision", STATION_HEAD, "{\"approve\":true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentState").value("OPEN"));
		task(mvc, id, "acknowledge", liaison("FIRE_RESCUE"), "{}").andExpect(status().isOk());
		task(mvc, id, "acknowledge", liaison("FIRE_RESCUE"), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentState").value("ACKNOWLEDGED"));
		task(mvc, id, "complete", liaison("FIRE_RESCUE"), "{\"result\":\"done\"}").andExpect(status().isOk());
		task(mvc, id, "decline", liaison("FIRE_RESCUE"), "{\"reason\":\"r\",\"basis\":\"b\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentState").value("COMPLETED"));
	}

	@Test
	void aDeclineNeedsTheRuleCitedAndTheLeadsDecisionAndARefusalKeepsTheTaskOpen() throws Exception {
		long id = whistleOne(openCase(), "NATURAL_RESOURCES");
		task(mvc, id, "acknowledge", liaison("NATURAL_RESOURCES"), "{}").andExpect(status().isOk());
		task(mvc, id, "decline", liaison("NATURAL_RESOURCES"), "{\"reason\":\"不属本部门\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("basis"));
		task(mvc, id, "decline", liaison("NATURAL_RESOURCES"),
				"{\"reason\":\"不属本部门\",\"basis\":\"《土地管理法》第八十三条\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DECLINE_REQUESTED"));
		task(mvc, id, "decline-decision", liaison("NATURAL_RESOURCES"), "{\"approve\":true}")
			.andExpect(status().isForbidden());
		task(mvc, id, "decline-decision", OFFICER, "{\"approve\":true}").andExpect(status().isForbidden());
		task(mvc, id, "decline-decision", STATION_HEAD, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("approve"));
		task(mvc, id, "decline-decision", SQUAD_LEADER, "{\"approve\":false,\"notes\":\"占用耕地，属你部门\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.declinesRefused").value(1));
		task(mvc, id, "progress", liaison("NATURAL_RESOURCES"), "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("notes"));
	}

	@Test
	void aLiaisonsQueueHoldsOnlyTheirDepartmentsTasks() throws Exception {
		String n = openCase();
		whistleOne(n, "HOUSING_CONSTRUCTION");
		whistleOne(n, "TRAFFIC_POLICE");
		mvc.perform(get("/api/v1/tasks").param("status", "OPEN").with(liaison("HOUSING_CONSTRUCTION")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].caseNumber", hasItem(n)))
			.andExpect(jsonPath("$[*].departmentCode", everyItem(is("HOUSING_CONSTRUCTION"))))
			.andExpect(jsonPath("$[*].state", everyItem(is("OPEN"))));
		mvc.perform(get("/api/v1/tasks").param("status", "SLEEPING").with(liaison("HOUSING_CONSTRUCTION")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/tasks").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/coordination/assessment").param("from", "2026-01-01").param("to", "2026-12-31")
			.with(liaison("HOUSING_CONSTRUCTION"))).andExpect(status().isForbidden());
	}
}
