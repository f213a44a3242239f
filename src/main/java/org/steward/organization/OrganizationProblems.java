package org.steward.organization;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * This module's API rejections as RFC 9457 problems. Field problems use the shape of the shared
 * validation answer ({@code errors:[{field,message}]}) so clients handle both alike.
 */
@RestControllerAdvice(assignableTypes = { OrganizationApi.class, LocateApi.class })
class OrganizationProblems {

	@ExceptionHandler(InvalidFields.class)
	ProblemDetail invalidFields(InvalidFields ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + ex.problems().size() + " invalid field(s)");
		problem.setType(URI.create("urn:steward:problem:validation"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				ex.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	@ExceptionHandler(OutsideServiceArea.class)
	ProblemDetail outside(OutsideServiceArea ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(URI.create("urn:steward:problem:outside-service-area"));
		problem.setTitle("Outside the service area");
		return problem;
	}

	@ExceptionHandler(StationAccessDenied.class)
	ProblemDetail denied(StationAccessDenied ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setType(URI.create("urn:steward:problem:outside-data-scope"));
		problem.setTitle("Outside your data scope");
		return problem;
	}

	@ExceptionHandler(OrganizationRejection.class)
	ProblemDetail rejected(OrganizationRejection ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(URI.create("urn:steward:problem:" + ex.rule()));
		problem.setTitle("Rejected by the organisation's rules");
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		}
		return problem;
	}
}
