package org.steward.refusal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart body the server cannot parse (cut off, a part header without its blank line, no boundary)
 * fails before any handler is chosen, so {@link ApiRefusals} — advice for the API's controllers — never
 * sees it, and it would end as a 500. This resolver answers it as the API answers every unreadable
 * body: 400 with a problem naming {@code body}. Pages are answered before it by the web module's error
 * page (which orders itself first); a body over the size limit keeps Spring's 413.
 */
@Component
class UnparsedMultipartProblems implements HandlerExceptionResolver, Ordered {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiRefusals refusals;

	UnparsedMultipartProblems(ApiRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (handler != null || !(ex instanceof MultipartException multipart)
				|| ex instanceof MaxUploadSizeExceededException || response.isCommitted()) {
			return null;
		}
		ProblemDetail problem = refusals.brokenMultipart(multipart, request, response);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		try {
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(JSON.writeValueAsString(body));
		}
		catch (IOException gone) {
			return null;
		}
		return new ModelAndView();
	}
}
