package org.steward.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * Browsers get error pages, the API keeps its problem JSON. This resolver runs before the
 * {@code @ExceptionHandler} advices (which answer RFC 9457 problems) and takes only page requests:
 * not under {@code /api/}, not a {@code @ResponseBody} handler, and not asking for JSON. It renders
 * the layout's error page with a message in the reader's language (a {@link Refusal} in its own words);
 * a bad query parameter is named rather than shown as Java's conversion text. Anything it does not know goes on to the advices
 * and, for access refusals, to Spring Security (so an anonymous visitor is still sent to sign in);
 * those end at {@code /error}, which Spring Boot renders with the same {@code error} template.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

	private final MessageSource messages;

	private final RefusalTexts refusals;

	PageErrors(MessageSource messages, RefusalTexts refusals) {
		this.messages = messages;
		this.refusals = refusals;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!isPageRequest(request, handler)) {
			return null;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return page(response, HttpStatus.NOT_FOUND, null);
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return page(response, HttpStatus.BAD_REQUEST, text("web.error.badParameter", locale, mismatch.getName(),
					String.valueOf(mismatch.getValue())));
		}
		if (ex instanceof TypeMismatchException mismatch) {
			return page(response, HttpStatus.BAD_REQUEST, text("web.error.badParameter", locale,
					String.valueOf(mismatch.getPropertyName()), String.valueOf(mismatch.getValue())));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return page(response, HttpStatus.BAD_REQUEST,
					text("web.error.missingParameter", locale, missing.getParameterName()));
		}
		java.util.List<String> tooLong = org.steward.refusal.ColumnLimits.fieldsTooLong(ex, request);
		if (tooLong != null) {
			return page(response, HttpStatus.BAD_REQUEST, String.join(", ", tooLong) + ": "
					+ refusals.text(Refusal.term("refusal.refused.tooLongForField", org.steward.refusal.ColumnLimits.limit(ex)), locale));
		}
		if (ex instanceof org.springframework.web.multipart.MultipartException) {
			return page(response, HttpStatus.BAD_REQUEST, "body: " + refusals.text(Refusal.term("refusal.body.unreadable"), locale));
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return page(response, HttpStatus.METHOD_NOT_ALLOWED, null);
		}
		if (ex instanceof Refusal refusal) {
			// a page that handles its refusals inline never gets here; this is the whole-page answer
			return page(response, HttpStatusCode.valueOf(refusal.kind().status()), refusals.message(refusal, locale));
		}
		if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			// Spring's own wording is for developers; the page explains the status in the reader's language
			return page(response, error.getStatusCode(), null);
		}
		return null;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static ModelAndView page(HttpServletResponse response, HttpStatusCode status, @Nullable String detail) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value()), status);
		if (detail != null) {
			page.addObject("detail", detail);
		}
		return page;
	}

	/** The API's door, a JSON-producing handler, or a client that asks for JSON keep problem details. */
	static boolean isPageRequest(HttpServletRequest request, @Nullable Object handler) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.equals("/api")) {
			return false;
		}
		if (handler instanceof HandlerMethod method && (method.hasMethodAnnotation(
				org.springframework.web.bind.annotation.ResponseBody.class)
				|| method.getBeanType().isAnnotationPresent(org.springframework.web.bind.annotation.ResponseBody.class)
				|| method.getBeanType().isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class))) {
			return false;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return true;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (RuntimeException unreadable) {
			return true;
		}
		org.springframework.util.MimeTypeUtils.sortBySpecificity(types);
		for (MediaType type : types) {
			if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
				return true;
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()
					|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON) && !type.isWildcardType()) {
				return false;
			}
		}
		return true;
	}
}
