package org.steward.cases;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.officer;
import static org.steward.cases.CaseTestSupport.report;
import static org.steward.cases.CaseTestSupport.stationHead;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.refusal.Refusal;

/** A case asks every {@link CaseCloseGuard} before it is handled or closed, and names their blockers in the 409. */
@IntegrationTest
@Import(CaseCloseGuardTests.GuardConfig.class)
class CaseCloseGuardTests {

	static final Map<String, List<CaseCloseGuard.Blocker>> BLOCKERS = new ConcurrentHashMap<>();

	@TestConfiguration(proxyBeanMethods = false)
	static class GuardConfig {

		@Bean
		CaseCloseGuard testGuard() {
			return (number, action) -> BLOCKERS.getOrDefault(number.value(), List.of());
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	private ResultActions act(String n, String action, RequestPostProcessor who, String body) throws Exception {
		return act(n, action, who, body, "zh-CN");
	}

	private ResultActions act(String n, String action, RequestPostProcessor who, String body, String language)
			throws Exception {
		return mvc.perform(post("/api/v1/cases/{n}/{a}", n, action).with(who)
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void refusesHandlingAndClosingWhileAGuardNamesOpenWork() throws Exception {
		String n = cases.register(report("0502", DEMO_POINT, Instant.now())).caseNumber().value();
		act(n, "acknowledge", officer(), "{}").andExpect(status().isOk());
		act(n, "arrive", officer(), "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")
			.andExpect(status().isOk());
		BLOCKERS.put(n, List.of(CaseCloseGuard.Blocker.of("coordination.blocker.task",
				CaseCloseGuard.name("消防救援", "Fire and rescue"), "7", Refusal.term("coordination.state.OPEN"))));
		act(n, "handle", officer(), "{\"result\":\"done\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:cases.refused.blocked"))
			.andExpect(jsonPath("$.openWork[0].code").value("coordination.blocker.task"))
			.andExpect(jsonPath("$.openWork[0].message", containsString("消防救援的任务（#7）")))
			.andExpect(jsonPath("$.currentStatus").value("ON_SITE"));
		act(n, "handle", officer(), "{\"result\":\"done\"}", "en").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("work on it is still open")))
			.andExpect(jsonPath("$.openWork[0].message", containsString("Fire and rescue's task (#7)")));
		BLOCKERS.remove(n);
		act(n, "handle", officer(), "{\"result\":\"done\"}").andExpect(status().isOk());
		BLOCKERS.put(n, List.of(CaseCloseGuard.Blocker.of("coordination.blocker.pending",
				CaseCloseGuard.name("市场监管", "Market supervision"))));
		act(n, "verify", stationHead(), "{\"passed\":true}", "en").andExpect(status().isConflict())
			.andExpect(jsonPath("$.openWork[0].message", containsString("Market supervision")));
		// sending the work back is not closing: a failing verification is never blocked
		act(n, "verify", stationHead(), "{\"passed\":false,\"notes\":\"redo\"}").andExpect(status().isOk());
		BLOCKERS.remove(n);
	}
}
