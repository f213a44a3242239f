package org.steward.parties;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The registry API's answers to its rejections, as RFC 9457 problems (field errors in the shared shape). */
@RestControllerAdvice(basePackageClasses = PartyProblems.class)
class PartyProblems {

	@ExceptionHandler(PartyRejected.class)
	ProblemDetail rejected(PartyRejected ex) {
		return switch (ex.kind()) {
			case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
			case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage());
			case CONFLICT -> problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
			case INVALID -> invalid(List.of(Map.of("field", String.valueOf(ex.field()), "message",
					String.valueOf(ex.getMessage()))));
		};
	}

	@ExceptionHandler(PartyRegistry.InvalidParty.class)
	ProblemDetail invalidParty(PartyRegistry.InvalidParty ex) {
		return invalid(ex.problems().stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
	}

	private static ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid field(s)");
		p.setType(URI.create("urn:steward:problem:validation"));
		p.setTitle("Invalid request");
		p.setProperty("errors", errors);
		return p;
	}

	private static ProblemDetail problem(HttpStatus status, String title, @org.jspecify.annotations.Nullable String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, String.valueOf(detail));
		p.setTitle(title);
		return p;
	}
}
