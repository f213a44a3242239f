package org.steward.cases;

import static org.steward.PageVisitor.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.as;
import static org.steward.cases.CaseTestSupport.command;
import static org.steward.cases.CaseTestSupport.officer;
import static org.steward.cases.CaseTestSupport.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.identity.Role;

/**
 * Each kind of case refusal (not found, forbidden, invalid, illegal move, conflict) read by a Chinese and an
 * English reader: through the API ({@code Accept-Language}) and on the case page ({@code ?lang=en}), the
 * field-level message next to its field. The expected words come from the bundles by code, so the test
 * checks that the reader gets the code's text in their language, whatever the wording is.
 */
@IntegrationTest
class CaseRefusalsReadingTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Locale EN = Locale.ENGLISH;

	private static final String UNKNOWN = "410105-1999-999999";

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	MessageSource messages;

	private String text(String code, Locale locale, Object... args) {
		Object[] worded = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			worded[i] = args[i] instanceof String s && s.startsWith("cases.") ? messages.getMessage(s, null, locale) : args[i];
		}
		return messages.getMessage(code, worded, locale);
	}

	private String dispatchedCase() {
		return cases.register(report("0502", DEMO_POINT, Instant.now())).caseNumber().value();
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Locale locale) {
		return request.header("Accept-Language", locale.toLanguageTag());
	}

	private static MockHttpServletRequestBuilder action(String n, String action, String body) {
		return post("/api/v1/cases/{n}/{a}", n, action).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static ResultMatcher detail(String expected) {
		return jsonPath("$.detail").value(expected);
	}

	// ------------------------------------------------------------------ API

	@Test
	void theApiSaysEachKindOfNoInTheCallersLanguage() throws Exception {
		String n = dispatchedCase();
		RequestPostProcessor liaison = as("liaison.public_security", Role.DEPARTMENT_LIAISON);
		for (Locale locale : List.of(ZH, EN)) {
			mvc.perform(api(get("/api/v1/cases/{n}", UNKNOWN), locale).with(command()))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:cases.refused.notFound"))
				.andExpect(detail(text("cases.refused.notFound", locale, UNKNOWN)));
			mvc.perform(api(get("/api/v1/cases/{n}", n), locale).with(liaison))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:cases.refused.outsideScope"))
				.andExpect(detail(text("cases.refused.outsideScope", locale, n)));
			mvc.perform(api(action(n, "escalate", "{\"target\":\"SQUAD\"}"), locale).with(officer()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:validation"))
				.andExpect(jsonPath("$.errors[0].field").value("reason"))
				.andExpect(jsonPath("$.errors[0].code").value("cases.refused.required"))
				.andExpect(jsonPath("$.errors[0].message")
					.value(text("cases.refused.required", locale, "cases.field.reason")));
			mvc.perform(api(action(n, "handle", "{\"result\":\"done\"}"), locale).with(officer()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:cases.refused.illegalMove"))
				.andExpect(jsonPath("$.currentStatus").value("DISPATCHED"))
				.andExpect(detail(text("cases.refused.illegalMove", locale, "cases.action.handle",
						"cases.status.DISPATCHED")));
			mvc.perform(api(action(n, "acknowledge", "{\"expectedVersion\":-1}"), locale).with(officer()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:cases.refused.staleVersion"))
				.andExpect(detail(text("cases.refused.staleVersion", locale, n, 0L, -1L)));
		}
		// the two readers do get different words
		mvc.perform(api(action(n, "escalate", "{\"target\":\"SQUAD\"}"), ZH).with(officer()))
			.andExpect(jsonPath("$.errors[0].message").value("请填写：理由。"));
		mvc.perform(api(action(n, "escalate", "{\"target\":\"SQUAD\"}"), EN).with(officer()))
			.andExpect(jsonPath("$.errors[0].message").value("Please fill in: Reason."));
	}

	// ------------------------------------------------------------------ case page

	private static final RequestPostProcessor OFFICER_PAGE = user("officer.yuantian1").roles("OFFICER");

	private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, Locale locale) {
		return locale == EN ? request.param("lang", "en") : request;
	}

	private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theCasePageSaysEachKindOfNoInTheReadersLanguage() throws Exception {
		String n = dispatchedCase();
		for (Locale locale : List.of(ZH, EN)) {
			assertThat(body(page(get("/cases/" + UNKNOWN), locale).with(OFFICER_PAGE), 404))
				.contains(html(text("cases.refused.notFound", locale, UNKNOWN)));
			assertThat(body(page(get("/cases/" + n), locale).with(user("liaison.public_security").roles("DEPARTMENT_LIAISON")),
					403))
				.contains(html(text("cases.refused.outsideScope", locale, n)));

			String invalid = body(page(post("/cases/" + n + "/actions/escalate"), locale).with(OFFICER_PAGE).with(csrf())
				.param("target", "SQUAD"), 400);
			assertThat(invalid).containsPattern("id=\"error-escalate-reason\"[^>]*>"
					+ java.util.regex.Pattern.quote(html(text("cases.refused.required", locale, "cases.field.reason"))));

			String illegal = body(page(post("/cases/" + n + "/actions/handle"), locale).with(OFFICER_PAGE).with(csrf())
				.param("result", "done"), 409);
			assertThat(illegal).containsPattern("id=\"action-error\"[^>]*>\\s*" + java.util.regex.Pattern.quote(html(
					text("cases.refused.illegalMove", locale, "cases.action.handle", "cases.status.DISPATCHED"))));

			String stale = body(page(post("/cases/" + n + "/actions/acknowledge"), locale).with(OFFICER_PAGE).with(csrf())
				.param("expectedVersion", "-1"), 409);
			assertThat(stale).contains(html(text("cases.refused.staleVersion", locale, n, 0L, -1L)));
		}
		// a coordinate out of range is territory's refusal, shown at the position input
		String arrive = body(post("/cases/" + n + "/actions/acknowledge").with(OFFICER_PAGE).with(csrf()), 302);
		assertThat(arrive).isEmpty();
		String zh = body(post("/cases/" + n + "/actions/arrive").with(OFFICER_PAGE).with(csrf()).param("lat", "134.8")
			.param("lng", "113.68"), 400);
		assertThat(zh).containsPattern("id=\"error-arrive-location\"[^>]*>"
				+ java.util.regex.Pattern.quote(html(text("territory.refused.latitude", ZH, "134.8"))));
		String en = body(post("/cases/" + n + "/actions/arrive").param("lang", "en").with(OFFICER_PAGE).with(csrf())
			.param("lat", "134.8").param("lng", "113.68"), 400);
		assertThat(en).contains(html(text("territory.refused.latitude", EN, "134.8")));
		assertThat(zh).doesNotContain(html(text("territory.refused.latitude", EN, "134.8")));
	}
}
