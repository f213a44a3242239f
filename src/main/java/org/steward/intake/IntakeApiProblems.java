package org.steward.intake;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.steward.cases.CaseRejected;

/**
 * The report API's answers to expected refusals, as RFC 9457 problems. Field errors use the
 * shared {@code errors:[{field, message}]} shape, in English.
 */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
class IntakeApiProblems {

	static final URI VALIDATION = URI.create("urn:steward:problem:validation");

	static final URI KEY_REUSED = URI.create("urn:steward:problem:idempotency-key-reused");

	static final URI KEY_IN_PROGRESS = URI.create("urn:steward:problem:idempotency-key-in-progress");

	private final MessageSource messages;

	IntakeApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ReportInvalid.class)
	ProblemDetail invalid(ReportInvalid ex) {
		List<Map<String, String>> errors = ex.violations()
			.stream()
			.map(v -> Map.of("field", v.field(), "message", message(v)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid field(s)");
		problem.setType(VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(IdempotencyRefused.class)
	ProblemDetail idempotency(IdempotencyRefused ex) {
		boolean reused = ex.kind() == IdempotencyRefused.Kind.REUSED_WITH_OTHER_REQUEST;
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(reused ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(reused ? KEY_REUSED : KEY_IN_PROGRESS);
		problem.setTitle(reused ? "Idempotency key reused" : "Request in progress");
		return problem;
	}

	@ExceptionHandler(CaseRejected.class)
	ProblemDetail caseRejected(CaseRejected ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case ILLEGAL_MOVE, CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle("Case refused the report");
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", String.valueOf(ex.getMessage()))));
		}
		return problem;
	}

	private String message(FieldViolation violation) {
		Object[] args = violation.argument() == null ? null : new Object[] { violation.argument() };
		return messages.getMessage(violation.messageKey(), args, violation.messageKey(), Locale.ENGLISH);
	}
}
