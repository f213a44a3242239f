package org.steward.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's 401 and 403 answers, written before any controller runs and so by hand, in the shape the
 * shared translator gives every refusal: {@code type} from identity's refusal code, {@code title} naming the
 * kind and {@code detail} in the caller's language. The bearer-token {@code WWW-Authenticate} header is
 * kept: Spring Security's own handlers write it, then the body is added.
 */
final class ApiAccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler deniedHandler = new BearerTokenAccessDeniedHandler();

	private final RefusalTexts texts;

	ApiAccessProblems(RefusalTexts texts) {
		this.texts = texts;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		entryPoint.commence(request, response, failure);
		write(request, response, IdentityRefusals.noToken());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		deniedHandler.handle(request, response, denied);
		write(request, response, IdentityRefusals.outsideRoleOrScope());
	}

	private void write(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
		Locale locale = RefusalTexts.localeOf(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:steward:problem:" + refusal.code());
		problem.put("title", texts.text(Refusal.term("refusal.kind." + refusal.kind().name()), locale));
		problem.put("status", refusal.kind().status());
		problem.put("detail", texts.message(refusal, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(refusal.kind().status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		response.getWriter().write(JSON.writeValueAsString(problem));
	}
}
