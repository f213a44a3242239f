package org.steward.cases;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The case API's answers to {@link CaseRejected}, as RFC 9457 problems: an illegal move names
 * {@code currentStatus} and {@code allowedActions} (enum names, as in the case detail); an invalid field uses the
 * shared {@code errors:[{field, message}]} shape.
 */
@RestControllerAdvice(assignableTypes = { CaseApiController.class, TrackingApiController.class })
class CaseApiProblems {

	@ExceptionHandler(CaseRejected.class)
	ProblemDetail rejected(CaseRejected ex) {
		ProblemDetail problem = switch (ex.kind()) {
			case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "case-not-found", "Case not found", ex);
			case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "case-forbidden", "Not allowed", ex);
			case CONFLICT -> problem(HttpStatus.CONFLICT, "case-conflict", "Concurrent change", ex);
			case ILLEGAL_MOVE -> {
				ProblemDetail p = problem(HttpStatus.CONFLICT, "case-illegal-move", "Illegal move", ex);
				p.setProperty("currentStatus", ex.currentStatus());
				p.setProperty("allowedActions", ex.allowedActions().stream().sorted().map(CaseAction::name).toList());
				if (!ex.blockers().isEmpty()) {
					p.setProperty("openWork", ex.blockers());
				}
				yield p;
			}
			case INVALID -> {
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						"The request has 1 invalid field(s)");
				p.setType(URI.create("urn:steward:problem:validation"));
				p.setTitle("Invalid request");
				p.setProperty("errors", List.of(Map.of("field", String.valueOf(ex.field()), "message",
						String.valueOf(ex.getMessage()))));
				yield p;
			}
		};
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, CaseRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(URI.create("urn:steward:problem:" + type));
		problem.setTitle(title);
		return problem;
	}
}
