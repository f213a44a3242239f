package org.steward.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's answers to malformed input, shared by every module: RFC 9457 problem details
 * whose {@code errors} member names each bad field, so a client can show the message next to
 * the field. Modules map their own domain rejections in advices of their own.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(-10) // before Spring Boot's own problem-details advice (order 0)
class ApiProblems {

	static final URI VALIDATION = URI.create("urn:steward:problem:validation");

	/** One rejected field: its path in the request and what is wrong with it. */
	record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
	ProblemDetail invalidFields(BindException ex) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiProblems::toProblem)
			.toList();
		List<FieldProblem> global = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map(e -> new FieldProblem(e.getObjectName(), String.valueOf(e.getDefaultMessage())))
			.toList();
		return validationProblem(java.util.stream.Stream.concat(errors.stream(), global.stream()).toList());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		return validationProblem(List.of(new FieldProblem("body", "The request body is not valid JSON of the expected shape")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return validationProblem(List.of(new FieldProblem(ex.getParameterName(), "is required")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException ex) {
		return validationProblem(List.of(new FieldProblem(ex.getName(), "has an invalid value: " + ex.getValue())));
	}

	/** Builds the 400 answer other modules' advices may reuse the shape of. */
	static ProblemDetail validationProblem(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid field(s)");
		problem.setType(VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return problem;
	}

	private static FieldProblem toProblem(FieldError error) {
		return new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage()));
	}
}
