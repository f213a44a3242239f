package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.officer;
import static org.steward.cases.CaseTestSupport.report;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;

/**
 * A refusal's message reworded in the bundles reaches every reader unchanged in meaning: the pages and the
 * API find a refusal's words by its code, never by matching the old wording, so nothing falls back to
 * English or to a generic message. The test rewords three codes in both languages over the real bundles.
 */
@IntegrationTest
@Import(RenamedRefusalTextsTests.Reworded.class)
class RenamedRefusalTextsTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Reworded {

		/** The application's bundles with three refusal texts reworded, as an editor might tomorrow. */
		@Bean
		MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
			ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
			bundles.setBasenames(basenames.split("\\s*,\\s*"));
			bundles.setDefaultEncoding("UTF-8");
			bundles.setFallbackToSystemLocale(false);
			StaticMessageSource reworded = new StaticMessageSource();
			reworded.setParentMessageSource(bundles);
			reworded.addMessage("cases.refused.illegalMove", Locale.SIMPLIFIED_CHINESE, "（新措辞）此时不能{0}，案件{1}");
			reworded.addMessage("cases.refused.illegalMove", Locale.ENGLISH, "(new wording) no {0} while {1}");
			reworded.addMessage("cases.refused.required", Locale.SIMPLIFIED_CHINESE, "（新措辞）缺少{0}");
			reworded.addMessage("cases.refused.required", Locale.ENGLISH, "(new wording) {0} is missing");
			reworded.addMessage("cases.refused.notFound", Locale.SIMPLIFIED_CHINESE, "（新措辞）查无此案：{0}");
			reworded.addMessage("cases.refused.notFound", Locale.ENGLISH, "(new wording) no such case: {0}");
			return reworded;
		}
	}

	private static final RequestPostProcessor OFFICER_PAGE = user("officer.yuantian1").roles("OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
			throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void rewordedRefusalsReachThePagesAndTheApiInBothLanguages() throws Exception {
		String n = cases.register(report("0502", DEMO_POINT, Instant.now())).caseNumber().value();

		assertThat(body(post("/cases/" + n + "/actions/handle").with(OFFICER_PAGE).with(csrf()).param("result", "x"), 409))
			.contains("（新措辞）此时不能提交处置结果，案件已派遣")
			.doesNotContain("无法执行");
		assertThat(body(post("/cases/" + n + "/actions/handle").param("lang", "en").with(OFFICER_PAGE).with(csrf())
			.param("result", "x"), 409)).contains("(new wording) no Submit the result while Dispatched");

		assertThat(body(post("/cases/" + n + "/actions/escalate").with(OFFICER_PAGE).with(csrf()).param("target", "SQUAD"),
				400))
			.containsPattern("id=\"error-escalate-reason\"[^>]*>（新措辞）缺少理由");
		assertThat(body(post("/cases/" + n + "/actions/escalate").param("lang", "en").with(OFFICER_PAGE).with(csrf())
			.param("target", "SQUAD"), 400))
			.containsPattern("id=\"error-escalate-reason\"[^>]*>\\(new wording\\) Reason is missing");

		assertThat(body(get("/cases/410105-1999-999999").with(OFFICER_PAGE), 404))
			.contains("（新措辞）查无此案：410105-1999-999999");

		mvc.perform(post("/api/v1/cases/{n}/handle", n).header("Accept-Language", "en").with(officer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"x\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("(new wording) no Submit the result while Dispatched"));
	}
}
