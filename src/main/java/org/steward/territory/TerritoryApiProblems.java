package org.steward.territory;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The territory API's rejections as RFC 9457 problems, in the shared field-error shape. */
@RestControllerAdvice(basePackageClasses = TerritoryApiProblems.class)
class TerritoryApiProblems {

	@ExceptionHandler(TerritoryApiController.UnknownLevel.class)
	ProblemDetail unknownLevel(TerritoryApiController.UnknownLevel ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has 1 invalid field(s)");
		problem.setType(URI.create("urn:steward:problem:validation"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", "level", "message", String.valueOf(ex.getMessage()))));
		return problem;
	}
}
