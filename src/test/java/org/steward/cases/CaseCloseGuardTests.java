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

/** A case asks every {@link CaseCloseGuard} before it is handled or closed, and names their blockers in the 409. */
@IntegrationTest
@Import(CaseCloseGuardTests.GuardConfig.class)
class CaseCloseGuardTests {

	static final Map<String, List<String>> BLOCKERS = new ConcurrentHashMap<>();

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
		return mvc.perform(post("/api/v1/cases/{n}/{a}", n, action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void refusesHandlingAndClosingWhileAGuardNamesOpenWork() throws Exception {
		String n = cases.register(report("0502", DEMO_POINT, Instant.now())).caseNumber().value();
		act(n, "acknowledge", officer(), "{}").andExpect(status().isOk());
		act(n, "arrive", officer(), "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")
			.andExpect(status().isOk());
		BLOCKERS.put(n, List.of("task 7 of FIRE_RESCUE is OPEN"));
		act(n, "handle", officer(), "{\"result\":\"done\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("task 7 of FIRE_RESCUE is OPEN")))
			.andExpect(jsonPath("$.currentStatus").value("ON_SITE"));
		BLOCKERS.remove(n);
		act(n, "handle", officer(), "{\"result\":\"done\"}").andExpect(status().isOk());
		BLOCKERS.put(n, List.of("task 8 of MARKET_SUPERVISION is IN_PROGRESS"));
		act(n, "verify", stationHead(), "{\"passed\":true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("MARKET_SUPERVISION")));
		// sending the work back is not closing: a failing verification is never blocked
		act(n, "verify", stationHead(), "{\"passed\":false,\"notes\":\"redo\"}").andExpect(status().isOk());
		BLOCKERS.remove(n);
	}
}
