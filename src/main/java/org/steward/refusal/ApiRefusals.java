package org.steward.refusal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API translator: every refusal, and every malformed request Spring rejects before a module sees
 * it, becomes one RFC 9457 problem shape. {@code type} is {@code urn:steward:problem:<code>},
 * {@code title} names the kind and {@code detail} words the code, both in the caller's language
 * ({@code Accept-Language}); {@code errors} lists each bad field as {@code {field, code, message}}; a
 * refusal's properties (e.g. {@code currentStatus}, {@code allowedActions}, {@code openWork}) become
 * members of the problem (a property that is a message, or a list of them, as {@code {code, message}}).
 * No module writes a problem of its own.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(-10) // before Spring Boot's own problem-details advice (order 0)
class ApiRefusals {

	private static final String TYPE = "urn:steward:problem:";

	private final RefusalTexts texts;

	ApiRefusals(RefusalTexts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = answerIn(request, response);
		if (refusal.kind() == Refusal.Kind.INVALID) {
			ProblemDetail problem = validation(refusal.fields().stream().map(e -> field(e.field(), e, locale)).toList(),
					locale);
			refusal.properties().forEach((name, value) -> problem.setProperty(name, worded(value, locale)));
			return problem;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refusal.kind().status()),
				texts.message(refusal, locale));
		problem.setType(URI.create(TYPE + refusal.code()));
		problem.setTitle(kindTitle(refusal.kind(), locale));
		refusal.properties().forEach((name, value) -> problem.setProperty(name, worded(value, locale)));
		return problem;
	}

	/**
	 * A property that is itself a message (e.g. each piece of {@code openWork}) goes out as
	 * {@code {code, message}} in the caller's language; any other value as it is.
	 */
	private Object worded(Object value, Locale locale) {
		if (value instanceof MessageSourceResolvable message) {
			String code = RefusalTexts.firstCode(message);
			return Map.of("code", code == null ? "" : code, "message", texts.text(message, locale));
		}
		if (value instanceof java.util.Collection<?> values
				&& values.stream().anyMatch(MessageSourceResolvable.class::isInstance)) {
			return values.stream().map(v -> v == null ? "" : worded(v, locale)).toList();
		}
		return value;
	}

	@ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
	ProblemDetail invalidFields(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = answerIn(request, response);
		Stream<Map<String, String>> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> field(e.getField(), e, locale));
		Stream<Map<String, String>> global = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map(e -> field(e.getObjectName(), e, locale));
		return validation(Stream.concat(fields, global).toList(), locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = answerIn(request, response);
		String path = jsonPath(ex);
		if (path != null) {
			// a value of the wrong kind ("NaN" for a number, a date in year +999999): name its field
			return validation(List.of(field(path, Refusal.term("refusal.refused.badValue"), locale)), locale);
		}
		return validation(List.of(field("body", Refusal.term("refusal.body.unreadable"), locale)), locale);
	}

	/** The JSON field a mapping failure concerns ({@code contacts[0].phone}), or null when it names none. */
	private static @org.jspecify.annotations.Nullable String jsonPath(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof tools.jackson.core.JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (tools.jackson.core.JacksonException.Reference ref : jackson.getPath()) {
					if (ref.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
					}
					else if (ref.getIndex() >= 0) {
						path.append('[').append(ref.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = answerIn(request, response);
		return validation(List.of(field(ex.getParameterName(), Refusal.term("refusal.parameter.missing"), locale)),
				locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = answerIn(request, response);
		return validation(List.of(field(ex.getName(),
				Refusal.term("refusal.parameter.invalid", String.valueOf(ex.getValue())), locale)), locale);
	}

	/**
	 * The safety net under every module's own length checks: a text a column cannot hold (SQL state 22001,
	 * the transaction rolled back) is the client's mistake, named by the fields sent longer than the
	 * column's limit. Anything else the database refused is not the client's to fix and goes on.
	 */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ProblemDetail tooLongForColumn(org.springframework.dao.DataIntegrityViolationException ex,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		List<String> fields = ColumnLimits.fieldsTooLong(ex, request);
		if (fields == null) {
			throw ex;
		}
		Locale locale = answerIn(request, response);
		int limit = ColumnLimits.limit(ex);
		return validation(fields.stream()
			.map(f -> field(f, Refusal.term("refusal.refused.tooLongForField", limit), locale))
			.toList(), locale);
	}

	@ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
	ProblemDetail missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException ex,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = answerIn(request, response);
		return validation(List.of(field(ex.getRequestPartName(), Refusal.term("refusal.parameter.missing"), locale)), locale);
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail brokenMultipart(org.springframework.web.multipart.MultipartException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = answerIn(request, response);
		return validation(List.of(field("body", Refusal.term("refusal.body.unreadable"), locale)), locale);
	}

	private ProblemDetail validation(List<Map<String, String>> errors, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				texts.text(Refusal.term("refusal.validation", errors.size()), locale));
		problem.setType(URI.create(TYPE + Refusal.VALIDATION));
		problem.setTitle(kindTitle(Refusal.Kind.INVALID, locale));
		problem.setProperty("errors", errors);
		return problem;
	}

	private Map<String, String> field(String field, MessageSourceResolvable message, Locale locale) {
		String code = RefusalTexts.firstCode(message);
		return Map.of("field", field, "code", code == null ? "" : code, "message", texts.text(message, locale));
	}

	private String kindTitle(Refusal.Kind kind, Locale locale) {
		return texts.text(Refusal.term("refusal.kind." + kind.name()), locale);
	}

	private static Locale answerIn(HttpServletRequest request, HttpServletResponse response) {
		Locale locale = RefusalTexts.localeOf(request);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		return locale;
	}
}
