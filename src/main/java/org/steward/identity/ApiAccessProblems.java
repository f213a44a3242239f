package org.steward.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's 401 and 403 answers as RFC 9457 problem details, so that a client reads every
 * refusal the same way. The bearer-token {@code WWW-Authenticate} header is kept: Spring
 * Security's own handlers write it, then the body is added.
 */
final class ApiAccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler deniedHandler = new BearerTokenAccessDeniedHandler();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		entryPoint.commence(request, response, failure);
		write(response, HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in",
				"A valid bearer token is required (POST /api/v1/auth/token)");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		deniedHandler.handle(request, response, denied);
		write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"Your role or data scope does not allow this request");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"urn:steward:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}
}
