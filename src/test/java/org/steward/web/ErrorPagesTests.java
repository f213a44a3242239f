package org.steward.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/** Browsers get error pages in the layout and their language; the API keeps RFC 9457 problems. */
@IntegrationTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aBadFilterValueIsNamedOnAPageInsteadOfJavaConversionText() throws Exception {
		mvc.perform(get("/cases").param("status", "FOO").accept(MediaType.TEXT_HTML)
			.with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("参数“status”的值“FOO”无效")))
			.andExpect(content().string(containsString("返回首页")))
			.andExpect(content().string(not(containsString("Failed to convert"))));
	}

	@Test
	void anUnknownPageIsANotFoundPageInTheReadersLanguage() throws Exception {
		mvc.perform(get("/nonexistent").param("lang", "en").accept(MediaType.TEXT_HTML)
			.with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(containsString("Back to the home page")));
	}

	@Test
	void theApiAndJsonClientsKeepProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/nonexistent").accept(MediaType.APPLICATION_JSON)
			.with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/cases").param("status", "FOO").accept(MediaType.APPLICATION_PROBLEM_JSON)
			.with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aRefusalFromSpringSecurityRendersTheLayoutErrorPage() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/accounts")
			.with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权访问")))
			.andExpect(content().string(containsString("navbar")));
	}

	@Test
	void aStaleCsrfTokenSaysThePageExpired() throws Exception {
		var stale = new InvalidCsrfTokenException(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "a"), "b");
		mvc.perform(get("/error").param("lang", "en").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
			.requestAttr(WebAttributes.ACCESS_DENIED_403, stale)
			.with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Page expired")))
			.andExpect(content().string(not(containsString("Access denied"))));
	}

	@Test
	void aFormPostRefusedAtTheFilterSaysReloadAndSendAgain() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/error")
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("页面已过期")));
	}

	@Test
	void aServerFailureShowsNoInternalsToTheBrowser() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("connection pool exhausted")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("系统出错")))
			.andExpect(content().string(not(containsString("connection pool"))));
	}
}
