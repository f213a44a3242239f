package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.steward.cases.CaseTestSupport.as;
import static org.steward.cases.CaseTestSupport.command;
import static org.steward.cases.CaseTestSupport.officer;
import static org.steward.cases.CaseTestSupport.stationHead;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.identity.Role;

import com.jayway.jsonpath.JsonPath;

/**
 * What residents' reports give away, and to whom: the public nearby offer and "me too" never hand out
 * another person's tracking code, a supporter follows with a code of its own and only the reporter
 * rates, names are masked for everyone but the command centre.
 */
@IntegrationTest
class ResidentPrivacyTests {

	@Autowired
	MockMvc mvc;

	/** A spot of its own per test (inside grid 410105010001001), so earlier tests' cases are not "nearby". */
	private static double[] freshSpot() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new double[] { 34.7975 + random.nextDouble() * 0.002, 113.6820 + random.nextDouble() * 0.002 };
	}

	private static String report(double[] spot, String category, String description, String name, String join) {
		return """
				{"categoryCode":"%s","description":"%s","location":{"lat":%s,"lng":%s,"crs":"WGS84"},
				 "address":"园田路 1 号","reporter":{"name":"%s","phone":"13812345678"}%s}"""
			.formatted(category, description, spot[0], spot[1], name,
					join == null ? "" : ",\"joinCase\":\"" + join + "\"");
	}

	private String submit(String json, int expected) throws Exception {
		return mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theNearbyOfferNamesCasesByAJoinCodeNeverByTrackingCodeOrNumber() throws Exception {
		double[] spot = freshSpot();
		String first = submit(report(spot, "0502", "占道摆摊 (privacy)", "张三", null), 201);
		String trackingCode = JsonPath.read(first, "$.trackingCode");
		String caseNumber = JsonPath.read(first, "$.caseNumber");

		String nearby = mvc
			.perform(get("/api/v1/reports/nearby").param("category", "0502")
				.param("lat", String.valueOf(spot[0]))
				.param("lng", String.valueOf(spot[1])))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].joinCode").isNotEmpty())
			.andExpect(jsonPath("$[0].trackingCode").doesNotExist())
			.andExpect(jsonPath("$[0].caseNumber").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nearby).doesNotContain(trackingCode).doesNotContain(caseNumber);

		String second = submit(report(spot, "0502", "又来摆摊 (privacy)", "李四", null), 201);
		assertThat(second).doesNotContain(trackingCode);
	}

	@Test
	void aSupporterGetsATrackingCodeOfItsOwnAndOnlyTheReporterRates() throws Exception {
		double[] spot = freshSpot();
		String first = submit(report(spot, "0502", "占道摆摊 (me too)", "张三", null), 201);
		String reporterCode = JsonPath.read(first, "$.trackingCode");
		String caseNumber = JsonPath.read(first, "$.caseNumber");
		String joinCode = JsonPath.read(mvc
			.perform(get("/api/v1/reports/nearby").param("category", "0502")
				.param("lat", String.valueOf(spot[0]))
				.param("lng", String.valueOf(spot[1])))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].joinCode");

		// joined through the offer, in small letters: a code of its own, the case's voices counted
		String joined = submit(report(spot, "0502", "我也看到了 (me too)", "李四", joinCode.toLowerCase(Locale.ROOT)), 200);
		String supporterCode = JsonPath.read(joined, "$.trackingCode");
		assertThat((Boolean) JsonPath.read(joined, "$.joined")).isTrue();
		assertThat(supporterCode).isNotEqualTo(reporterCode).matches("[2-9A-Z]{10}");
		assertThat(joined).doesNotContain(reporterCode);
		mvc.perform(get("/api/v1/track/{c}", supporterCode))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingCode").value(supporterCode))
			.andExpect(jsonPath("$.supporters").value(2))
			.andExpect(jsonPath("$.supporter").value(true))
			.andExpect(jsonPath("$.canRate").value(false));

		closeIt(caseNumber);
		mvc.perform(post("/api/v1/track/{c}/rating", supporterCode).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"DISSATISFIED\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:cases.refused.rating.onlyReporter"));
		mvc.perform(post("/track/{c}/rating", supporterCode).param("rating", "DISSATISFIED").with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/track/{c}", reporterCode))
			.andExpect(jsonPath("$.canRate").value(true))
			.andExpect(jsonPath("$.rating").doesNotExist());
		// the reporter rates on the page without a comment, the code typed in small letters
		mvc.perform(post("/track/{c}/rating", reporterCode.toLowerCase(Locale.ROOT)).param("rating", "SATISFIED")
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/track/" + reporterCode));
		mvc.perform(get("/api/v1/track/{c}", reporterCode.toLowerCase(Locale.ROOT)))
			.andExpect(jsonPath("$.rating").value("SATISFIED"))
			.andExpect(jsonPath("$.result").value("stall removed"));
	}

	@Test
	void aRatingWithoutACommentIsAcceptedByTheApi() throws Exception {
		String first = submit(report(freshSpot(), "0502", "占道摆摊 (no comment)", "张三", null), 201);
		String code = JsonPath.read(first, "$.trackingCode");
		closeIt(JsonPath.read(first, "$.caseNumber"));
		mvc.perform(post("/api/v1/track/{c}/rating", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"SATISFIED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rating").value("SATISFIED"));
	}

	@Test
	void aCaseIsJoinedOnlyThroughTheOfferNotByItsNumberOrTrackingCode() throws Exception {
		double[] spot = freshSpot();
		String first = submit(report(spot, "0502", "占道摆摊 (guess)", "张三", null), 201);
		String caseNumber = JsonPath.read(first, "$.caseNumber");
		String code = JsonPath.read(first, "$.trackingCode");
		mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
			.content(report(spot, "0502", "猜编号 (guess)", "王五", caseNumber)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("joinCase"));
		mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
			.content(report(spot, "0502", "用别人的查询码 (guess)", "王五", code)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("joinCase"));
	}

	@Test
	void theReportersNameIsMaskedForEveryRoleButTheCommandCentre() throws Exception {
		String first = submit(report(freshSpot(), "0502", "占道摆摊 (names)", "张三丰", null), 201);
		String number = JsonPath.read(first, "$.caseNumber");
		for (RequestPostProcessor who : new RequestPostProcessor[] { officer(), stationHead(),
				as("squad.dongfeng", Role.SQUAD_LEADER), as("admin", Role.ADMIN) }) {
			mvc.perform(get("/api/v1/cases/{n}", number).with(who))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.reporterName").value("张**"))
				.andExpect(jsonPath("$.reporterPhone").value("138****5678"));
		}
		mvc.perform(get("/api/v1/cases/{n}", number).with(command()))
			.andExpect(jsonPath("$.reporterName").value("张三丰"))
			.andExpect(jsonPath("$.reporterPhone").value("13812345678"));
	}

	@Test
	void aPhoneWithoutANameIsNotCalledAnonymous() throws Exception {
		String json = report(freshSpot(), "0502", "占道摆摊 (phone only)", "x", null)
			.replace("\"name\":\"x\",", "");
		String number = JsonPath.read(submit(json, 201), "$.caseNumber");
		mvc.perform(get("/cases/{n}", number).with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(not(containsString("匿名"))));
	}

	private void closeIt(String number) throws Exception {
		for (String[] step : new String[][] { { "acknowledge", "{}" },
				{ "arrive", "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}" },
				{ "handle", "{\"result\":\"stall removed\"}" } }) {
			mvc.perform(post("/api/v1/cases/{n}/{a}", number, step[0]).with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(step[1])).andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/cases/{n}/verify", number).with(stationHead())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"passed\":true}")).andExpect(status().isOk());
	}
}
