package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.coordination.JointTestSupport.STATION_HEAD;
import static org.steward.coordination.JointTestSupport.report;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.cases.Cases;

import com.jayway.jsonpath.JsonPath;

/** The administrator's page for the departments' acknowledgement limits. */
@IntegrationTest
class AcknowledgeLimitsPageTests {

	private static final String PAGE = "/admin/coordination/acknowledge-limits";

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	JointHandling handling;

	@AfterEach
	void backToTheDefaults() {
		// other tests count on the default 30 minutes; HOUSING_CONSTRUCTION is used by this test alone
		java.util.Map<String, Integer> none = new java.util.HashMap<>();
		none.put("NORMAL", null);
		none.put("URGENT", null);
		handling.setAcknowledgeLimits(java.util.Map.of("HOUSING_CONSTRUCTION", none));
	}

	@Test
	void theAdministratorOpensTheTableFromTheAdminMenuWithEveryDepartmentAndUrgency() throws Exception {
		mvc.perform(get("/").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + PAGE + "\"")));
		mvc.perform(get(PAGE).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部门报到时限")))
			.andExpect(content().string(containsString("name=\"limit.FIRE_RESCUE.VERY_URGENT\"")))
			.andExpect(content().string(containsString("name=\"limit.PUBLIC_SECURITY.NORMAL\"")))
			.andExpect(content().string(containsString("默认 30")));
	}

	@Test
	void aSavedLimitIsShownAndGivesTheNextTaskItsDeadline() throws Exception {
		mvc.perform(post(PAGE).with(ADMIN).with(csrf()).param("limit.HOUSING_CONSTRUCTION.NORMAL", " 45 "))
			.andExpect(redirectedUrl(PAGE));
		mvc.perform(get(PAGE).with(ADMIN))
			.andExpect(content().string(containsString("id=\"limit-HOUSING_CONSTRUCTION-NORMAL\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*id=\"limit-HOUSING_CONSTRUCTION-NORMAL\"[^>]*value=\"45\".*")));

		String n = cases.register(report("0502", "占道 (limit test)", Instant.now())).caseNumber().value();
		String json = JointTestSupport.post(mvc, "/api/v1/cases/" + n + "/whistle", STATION_HEAD,
				"{\"departments\":[\"HOUSING_CONSTRUCTION\"],\"reason\":\"违规搭建雨棚\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant created = Instant.parse(JsonPath.read(json, "$[0].createdAt"));
		Instant due = Instant.parse(JsonPath.read(json, "$[0].acknowledgeBy"));
		assertThat(Duration.between(created, due)).isEqualTo(Duration.ofMinutes(45));

		// an emptied box goes back to the default
		mvc.perform(post(PAGE).with(ADMIN).with(csrf()).param("limit.HOUSING_CONSTRUCTION.NORMAL", ""))
			.andExpect(redirectedUrl(PAGE));
		assertThat(handling.acknowledgeLimits().getOrDefault("HOUSING_CONSTRUCTION", java.util.Map.of()))
			.doesNotContainKey("NORMAL");
	}

	@Test
	void badBoxesAreNamedInlineAndNothingIsSaved() throws Exception {
		mvc.perform(post(PAGE).with(ADMIN).with(csrf())
			.param("limit.HOUSING_CONSTRUCTION.URGENT", "20")
			.param("limit.PUBLIC_SECURITY.URGENT", "0")
			.param("limit.FIRE_RESCUE.NORMAL", "-5")
			.param("limit.MARKET_SUPERVISION.VERY_URGENT", "100000")
			.param("limit.TRAFFIC_POLICE.NORMAL", "半小时")
			.param("limit.ECOLOGY_ENVIRONMENT.NORMAL", "1.5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("有 5 项填写有误，均未保存")))
			.andExpect(content().string(containsString("公安 · 紧急：须在 1 到 1440 分钟之间。")))
			.andExpect(content().string(containsString("消防救援 · 一般：须在 1 到 1440 分钟之间。")))
			.andExpect(content().string(containsString("市场监管 · 特急：须在 1 到 1440 分钟之间。")))
			.andExpect(content().string(containsString("交警 · 一般：请填写整数分钟数")))
			.andExpect(content().string(containsString("id=\"error-ECOLOGY_ENVIRONMENT-NORMAL\"")))
			// each box is labelled for screen readers and names its error
			.andExpect(content().string(containsString(
					"<label class=\"form-label visually-hidden\" for=\"limit-FIRE_RESCUE-NORMAL\">消防救援 · 一般</label>")))
			.andExpect(content().string(containsString(
					"aria-describedby=\"error-FIRE_RESCUE-NORMAL\" aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"半小时\"")))
			.andExpect(content().string(not(containsString("id=\"error-HOUSING_CONSTRUCTION-URGENT\""))));
		assertThat(handling.acknowledgeLimits()).doesNotContainKeys("PUBLIC_SECURITY", "FIRE_RESCUE",
				"MARKET_SUPERVISION", "TRAFFIC_POLICE", "ECOLOGY_ENVIRONMENT");
		assertThat(handling.acknowledgeLimits().getOrDefault("HOUSING_CONSTRUCTION", java.util.Map.of()))
			.as("the good box of a bad form is not saved either")
			.doesNotContainKey("URGENT");

		mvc.perform(post(PAGE).param("lang", "en").with(ADMIN).with(csrf()).param("limit.PUBLIC_SECURITY.URGENT", "1441"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Public security (police) · Urgent: between 1 and 1440 minutes.")));
	}

	@Test
	void onlyAnAdministratorSeesOrChangesTheTable() throws Exception {
		mvc.perform(get(PAGE).with(user("command").roles("COMMAND_CENTRE"))).andExpect(status().isForbidden());
		mvc.perform(post(PAGE).with(user("station.yuantian").roles("STATION_HEAD")).with(csrf())
			.param("limit.HOUSING_CONSTRUCTION.NORMAL", "5")).andExpect(status().isForbidden());
		mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(post(PAGE).with(ADMIN).param("limit.HOUSING_CONSTRUCTION.NORMAL", "5"))
			.andExpect(status().isForbidden()); // no CSRF token
		assertThat(handling.acknowledgeLimits().getOrDefault("HOUSING_CONSTRUCTION", java.util.Map.of()))
			.doesNotContainKey("NORMAL");
		mvc.perform(get("/").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(content().string(not(containsString("href=\"" + PAGE + "\""))));
	}
}
