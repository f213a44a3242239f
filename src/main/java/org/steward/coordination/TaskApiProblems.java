package org.steward.coordination;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Coordination's answers to {@link TaskRejected}, as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = TaskApiController.class)
class TaskApiProblems {

	private final MessageSource messages;

	TaskApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(TaskRejected.class)
	ProblemDetail rejected(TaskRejected ex) {
		return switch (ex.kind()) {
			case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "task-not-found", "Not found", ex);
			case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "task-forbidden", "Not allowed", ex);
			case DUPLICATE -> problem(HttpStatus.CONFLICT, "task-duplicate", "Department already called", ex);
			case CASE_CLOSED -> problem(HttpStatus.CONFLICT, "task-case-closed", "Case is not open", ex);
			case ILLEGAL_MOVE -> {
				ProblemDetail p = problem(HttpStatus.CONFLICT, "task-illegal-move", "Illegal move", ex);
				p.setProperty("currentState", ex.currentState());
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
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, TaskRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(URI.create("urn:steward:problem:" + type));
		problem.setTitle(title);
		return problem;
	}
}
