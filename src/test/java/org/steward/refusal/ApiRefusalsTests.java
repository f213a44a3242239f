package org.steward.refusal;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The API translator answers each refusal kind as one RFC 9457 shape, worded in the caller's language. */
class ApiRefusalsTests {

	@RestController
	static class Refusing {

		@GetMapping("/api/v1/test/missing")
		String missing() {
			throw Refusal.notFound("test.refused.noThing", "X-1");
		}

		@GetMapping("/api/v1/test/forbidden")
		String forbidden() {
			throw Refusal.forbidden("test.refused.notYours");
		}

		@GetMapping("/api/v1/test/move")
		String move() {
			throw Refusal.illegalMove("test.refused.cannot", Refusal.term("test.status.CLOSED"))
				.with("currentStatus", "CLOSED")
				.with("allowedActions", List.of());
		}

		@GetMapping("/api/v1/test/invalid")
		String invalid() {
			throw Refusal.invalid(List.of(Refusal.FieldError.of("reason", "test.refused.reasonRequired"),
					Refusal.FieldError.of("days", "test.refused.tooMany", 30)));
		}

		@GetMapping("/api/v1/test/number")
		String number(@RequestParam int n) {
			return "n=" + n;
		}
	}

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setParentMessageSource(RefusalCodesTests.messageSource());
		add(messages, "test.refused.noThing", "没有 {0}", "No {0}");
		add(messages, "test.refused.notYours", "不在您的范围内", "Not in your scope");
		add(messages, "test.refused.cannot", "案件已{0}，不能办理", "The case is {0} and cannot be handled");
		add(messages, "test.status.CLOSED", "结案", "closed");
		add(messages, "test.refused.reasonRequired", "请填写理由", "A reason is required");
		add(messages, "test.refused.tooMany", "最多 {0} 天", "At most {0} days");
		mvc = MockMvcBuilders.standaloneSetup(new Refusing())
			.setControllerAdvice(new ApiRefusals(new RefusalTexts(messages)))
			.setLocaleResolver(new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE)) // the site's default, as WebConfig's
			.build();
	}

	private static void add(StaticMessageSource messages, String code, String zh, String en) {
		messages.addMessage(code, Locale.SIMPLIFIED_CHINESE, zh);
		messages.addMessage(code, Locale.ENGLISH, en);
	}

	@Test
	void notFoundIsA404WordedInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/test/missing").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Language", "en"))
			.andExpect(jsonPath("$.type").value("urn:steward:problem:test.refused.noThing"))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("No X-1"));
		mvc.perform(get("/api/v1/test/missing").header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.detail").value("没有 X-1"));
	}

	@Test
	void withoutAcceptLanguageTheAnswerIsChinese() throws Exception {
		mvc.perform(get("/api/v1/test/forbidden"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("不在您的范围内"));
	}

	@Test
	void anIllegalMoveTranslatesItsTermsAndCarriesItsProperties() throws Exception {
		mvc.perform(get("/api/v1/test/move").header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The case is closed and cannot be handled"))
			.andExpect(jsonPath("$.currentStatus").value("CLOSED"))
			.andExpect(jsonPath("$.allowedActions", hasSize(0)));
		mvc.perform(get("/api/v1/test/move").header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.detail").value("案件已结案，不能办理"));
	}

	@Test
	void invalidFieldsAreListedEachWithItsCodeAndMessage() throws Exception {
		mvc.perform(get("/api/v1/test/invalid").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:validation"))
			.andExpect(jsonPath("$.detail").value("The request has 2 invalid field(s)"))
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].code").value("test.refused.reasonRequired"))
			.andExpect(jsonPath("$.errors[0].message").value("A reason is required"))
			.andExpect(jsonPath("$.errors[1].message").value("At most 30 days"));
		mvc.perform(get("/api/v1/test/invalid").header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.errors[1].message").value("最多 30 天"));
	}

	@Test
	void aMalformedParameterIsNamedLikeAnyBadField() throws Exception {
		mvc.perform(get("/api/v1/test/number").param("n", "many").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("n"))
			.andExpect(jsonPath("$.errors[0].message").value("has an invalid value: many"));
		mvc.perform(get("/api/v1/test/number").header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.errors[0].field").value("n"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
	}
}
