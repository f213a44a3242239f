package org.steward.worktime;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The calendar API's rejections as RFC 9457 problems in the shape of the shared validation
 * problem ({@code errors:[{field,message}]}). API messages are English, like the shared ones.
 */
@RestControllerAdvice(assignableTypes = CalendarApiController.class)
class CalendarProblems {

	private static final URI VALIDATION = URI.create("urn:steward:problem:validation");

	private final MessageSource messages;

	CalendarProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CalendarRejection.class)
	ProblemDetail rejected(CalendarRejection rejection) {
		String field = rejection.field() == null ? "request" : rejection.field();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has 1 invalid field(s)");
		problem.setType(VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				List.of(Map.of("field", field, "message", messages.getMessage(rejection, Locale.ENGLISH))));
		return problem;
	}
}
