package org.steward.catalog;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The catalogue API's answers to expected rejections, as RFC 9457 problems. Field errors use
 * the shared {@code errors:[{field, message}]} shape with the request's field names, in English.
 */
@RestControllerAdvice(assignableTypes = CategoryApiController.class)
class CatalogApiProblems {

	static final URI NOT_FOUND = URI.create("urn:steward:problem:category-not-found");

	static final URI VALIDATION = URI.create("urn:steward:problem:validation");

	static final URI STALE = URI.create("urn:steward:problem:category-version-conflict");

	private static final Pattern LIMIT_FIELD = Pattern.compile("limits\\[(\\d)]\\.(acknowledge|handle)(Amount|Unit)");

	private final MessageSource messages;

	CatalogApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CategoryNotFound.class)
	ProblemDetail notFound(CategoryNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(NOT_FOUND);
		problem.setTitle("Category not found");
		if (ex.code() != null) {
			problem.setProperty("code", ex.code());
		}
		return problem;
	}

	@ExceptionHandler(CategoryRejected.class)
	ProblemDetail rejected(CategoryRejected ex) {
		boolean stale = ex.violations().stream().anyMatch(v -> v.messageKey().equals("catalog.error.stale"));
		List<Map<String, String>> errors = ex.violations()
			.stream()
			.map(v -> Map.of("field", apiField(v.field()), "message", message(v)))
			.toList();
		ProblemDetail problem;
		if (stale) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"The category was changed after the version this request started from; read it again");
			problem.setType(STALE);
			problem.setTitle("Category version conflict");
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request has " + errors.size() + " invalid field(s)");
			problem.setType(VALIDATION);
			problem.setTitle("Invalid request");
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	private String message(Violation violation) {
		Object[] args = violation.argument() == null ? null : new Object[] { violation.argument() };
		return messages.getMessage(violation.messageKey(), args, violation.messageKey(), Locale.ENGLISH);
	}

	/** The policy names fields as the admin form does; the API names them as its JSON does. */
	static String apiField(String formField) {
		if (formField.isEmpty()) {
			return "baseVersion";
		}
		Matcher limit = LIMIT_FIELD.matcher(formField);
		if (limit.matches()) {
			Urgency urgency = Urgency.values()[Integer.parseInt(limit.group(1))];
			return "timeLimits." + urgency + "." + limit.group(2) + "." + limit.group(3).toLowerCase(Locale.ROOT);
		}
		return formField;
	}
}
