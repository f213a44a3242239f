package org.steward.catalog;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The catalogue API's answers to expected rejections, as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = CategoryApiController.class)
class CatalogApiProblems {

	static final URI NOT_FOUND = URI.create("urn:steward:problem:category-not-found");

	@ExceptionHandler(CategoryNotFound.class)
	ProblemDetail notFound(CategoryNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(NOT_FOUND);
		problem.setTitle("Category not found");
		problem.setProperty("code", ex.code());
		return problem;
	}
}
