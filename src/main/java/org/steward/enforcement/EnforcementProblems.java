package org.steward.enforcement;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The enforcement API's answers to its rejections, as RFC 9457 problems (field errors in the shared shape). */
@RestControllerAdvice(basePackageClasses = EnforcementProblems.class)
class EnforcementProblems {

	@ExceptionHandler(EnforcementRejected.class)
	ProblemDetail rejected(EnforcementRejected ex) {
		return switch (ex.kind()) {
			case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
			case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage());
			case CONFLICT -> problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
			case INVALID -> invalid(String.valueOf(ex.field()), String.valueOf(ex.getMessage()));
		};
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput ex) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + ex.problems().size() + " invalid field(s)");
		p.setType(URI.create("urn:steward:problem:validation"));
		p.setTitle("Invalid request");
		p.setProperty("errors", ex.problems()
			.stream()
			.map(e -> Map.of("field", e.field(), "message", String.valueOf(e.getDefaultMessage())))
			.toList());
		return p;
	}

	static ProblemDetail invalid(String field, String message) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has 1 invalid field(s)");
		p.setType(URI.create("urn:steward:problem:validation"));
		p.setTitle("Invalid request");
		p.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return p;
	}

	private static ProblemDetail problem(HttpStatus status, String title, @org.jspecify.annotations.Nullable String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, String.valueOf(detail));
		p.setTitle(title);
		return p;
	}
}
