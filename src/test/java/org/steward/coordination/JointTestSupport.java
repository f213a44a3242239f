package org.steward.coordination;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.cases.Channel;
import org.steward.cases.NewReport;
import org.steward.catalog.Urgency;
import org.steward.identity.Role;
import org.steward.territory.GeoPoint;

import com.jayway.jsonpath.JsonPath;

/** Demo callers, reports and API steps for the joint-handling tests. */
final class JointTestSupport {

	static final GeoPoint DEMO_POINT = new GeoPoint(34.7985, 113.6830);

	static final RequestPostProcessor STATION_HEAD = as("station.yuantian", Role.STATION_HEAD);

	static final RequestPostProcessor SQUAD_LEADER = as("squad.dongfeng", Role.SQUAD_LEADER);

	static final RequestPostProcessor COMMAND = as("command", Role.COMMAND_CENTRE);

	static final RequestPostProcessor OFFICER = as("officer.yuantian1", Role.OFFICER);

	static final RequestPostProcessor COMMUNITY = as("community.yuantian", Role.COMMUNITY_STAFF);

	private JointTestSupport() {
	}

	static RequestPostProcessor as(String username, Role role) {
		return jwt().jwt(j -> j.subject(username)).authorities(new SimpleGrantedAuthority(role.authority()));
	}

	static RequestPostProcessor liaison(String department) {
		return as("liaison." + department.toLowerCase(java.util.Locale.ROOT), Role.DEPARTMENT_LIAISON);
	}

	static NewReport report(String category, String description, Instant at) {
		return new NewReport(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE), Channel.PUBLIC,
				category, description, DEMO_POINT, "园田社区 园田路 1 号", Urgency.NORMAL,
				new NewReport.Reporter("王五", "13912345678"), null, List.of(), at);
	}

	static ResultActions post(MockMvc mvc, String path, RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** The task id of a department on a case, once the (asynchronous) listener has opened it. */
	static long awaitTask(MockMvc mvc, String caseNumber, String department) {
		return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
			String json = mvc.perform(get("/api/v1/cases/{n}/tasks", caseNumber).with(STATION_HEAD))
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Number> ids = JsonPath.read(json, "$[?(@.departmentCode == '" + department + "')].id");
			return ids.isEmpty() ? null : ids.get(0).longValue();
		}, id -> id != null);
	}

	static ResultActions act(MockMvc mvc, String caseNumber, String action, RequestPostProcessor who, String body)
			throws Exception {
		return post(mvc, "/api/v1/cases/" + caseNumber + "/" + action, who, body);
	}

	/** The same, read in a language ({@code Accept-Language}). */
	static ResultActions act(MockMvc mvc, String caseNumber, String action, RequestPostProcessor who, String body,
			String language) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/cases/" + caseNumber + "/" + action)
			.with(who)
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static ResultActions task(MockMvc mvc, long id, String action, RequestPostProcessor who, String body)
			throws Exception {
		return post(mvc, "/api/v1/tasks/" + id + "/" + action, who, body);
	}

}
