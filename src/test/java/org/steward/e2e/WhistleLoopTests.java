package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole whistle loop with nothing mocked, once through the API and once through the
 * pages: a report at the demo point is dispatched to 园田社区执法服务站 with both deadlines,
 * acknowledged, on site, handled, verified, closed and rated; the timings that show what the
 * direct route saves are recorded.
 */
@IntegrationTest
class WhistleLoopTests {

	@Autowired
	MockMvc mvc;

	@Test
	void runsTheWholeLoopThroughTheApi() throws Exception {
		String created = mvc
			.perform(post("/api/v1/reports").header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"categoryCode":"0102","description":"园田路口有暴露垃圾（API 全流程测试）",
						 "location":{"lat":34.7985,"lng":113.6830,"crs":"WGS84"},
						 "reporter":{"name":"张三","phone":"13812345678"}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.station.code").value("yuantian"))
			.andExpect(jsonPath("$.grid.code").value("410105010001001"))
			.andExpect(jsonPath("$.deadlines.acknowledgeBy").isNotEmpty())
			.andExpect(jsonPath("$.deadlines.handleBy").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = JsonPath.read(created, "$.caseNumber");
		String tracking = JsonPath.read(created, "$.trackingCode");
		String officer = tokenOf(mvc, "officer.yuantian1");
		String head = tokenOf(mvc, "station.yuantian");

		act(officer, number, "acknowledge", "{}").andExpect(jsonPath("$.summary.status").value("ACKNOWLEDGED"));
		act(officer, number, "arrive", """
				{"location":{"lat":34.7986,"lng":113.6831,"crs":"WGS84"}}""")
			.andExpect(jsonPath("$.summary.status").value("ON_SITE"));
		act(officer, number, "verify", """
				{"passed":true}""").andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentStatus").value("ON_SITE"));
		act(officer, number, "handle", """
				{"result":"已劝导当事人停工并自行拆除","notes":"现场拍照留存"}""")
			.andExpect(jsonPath("$.summary.status").value("HANDLED"));
		act(head, number, "verify", """
				{"passed":true,"notes":"复核已拆除"}""")
			.andExpect(jsonPath("$.summary.status").value("CLOSED"))
			.andExpect(jsonPath("$.timings.acknowledgedAt").isNotEmpty())
			.andExpect(jsonPath("$.timings.arrivedAt").isNotEmpty())
			.andExpect(jsonPath("$.timings.closedAt").isNotEmpty());

		mvc.perform(get("/api/v1/track/" + tracking))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.canRate").value(true))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13812345678"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("张三"))));
		mvc.perform(post("/api/v1/track/" + tracking + "/rating").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"rating":"SATISFIED","comment":"处理很快"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rating").value("SATISFIED"));
		mvc.perform(post("/api/v1/track/" + tracking + "/rating").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"rating":"DISSATISFIED","comment":"again"}"""))
			.andExpect(status().isConflict());
	}

	@Test
	void runsTheWholeLoopThroughThePages() throws Exception {
		String created = mvc
			.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("""
					{"categoryCode":"0102","description":"园田路口有暴露垃圾（页面全流程测试）",
					 "location":{"lat":34.7985,"lng":113.6830,"crs":"WGS84"}}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = JsonPath.read(created, "$.caseNumber");
		String tracking = JsonPath.read(created, "$.trackingCode");

		mvc.perform(get("/cases/" + number).with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("园田社区执法服务站")))
			.andExpect(content().string(Matchers.containsString("id=\"action-acknowledge\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"action-verify\""))));

		perform(page("officer.yuantian1", "OFFICER", number, "acknowledge"));
		perform(page("officer.yuantian1", "OFFICER", number, "arrive").param("lat", "34.7986").param("lng", "113.6831"));
		perform(page("officer.yuantian1", "OFFICER", number, "handle").param("result", "已责令停工并拆除"));
		perform(page("station.yuantian", "STATION_HEAD", number, "verify").param("passed", "true"));

		mvc.perform(get("/track/" + tracking))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"rating\"")));
		mvc.perform(post("/track/" + tracking + "/rating").with(csrf())
			.param("rating", "BASICALLY_SATISFIED")
			.param("comment", "基本满意"))
			.andExpect(status().is3xxRedirection());
		String tracked = mvc.perform(get("/api/v1/track/" + tracking))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(tracked, "$.status")).isEqualTo("CLOSED");
		assertThat((String) JsonPath.read(tracked, "$.rating")).isEqualTo("BASICALLY_SATISFIED");
	}

	@Test
	void suggestsAnOpenCaseNearbyToTheOfficerAndMergesIntoIt() throws Exception {
		String first = anonymous(mvc).report("0502", "路口有流动摊贩占道经营（合并测试一）", 34.79851, 113.68301);
		String second = anonymous(mvc).report("0502", "路口流动摊贩又来了（合并测试二）", 34.79853, 113.68303);

		mvc.perform(get("/cases/" + second).with(user("station.yuantian").roles("STATION_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"merge-into-" + first + "\"")));
		perform(page("station.yuantian", "STATION_HEAD", second, "merge").param("target", first));

		String token = tokenOf(mvc, "station.yuantian");
		String merged = mvc.perform(get("/api/v1/cases/" + second).header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(merged, "$.summary.status")).isEqualTo("MERGED");
		String target = mvc.perform(get("/api/v1/cases/" + first).header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(target, "$.summary.supporters")).isGreaterThanOrEqualTo(2);
	}

	private MockHttpServletRequestBuilder page(String username, String role, String number, String action) {
		return post("/cases/" + number + "/actions/" + action).with(user(username).roles(role)).with(csrf());
	}

	private void perform(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"));
	}

	private org.springframework.test.web.servlet.ResultActions act(String token, String number, String action,
			String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + number + "/" + action).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}
}
