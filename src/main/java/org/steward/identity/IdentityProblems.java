package org.steward.identity;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.steward.StewardProperties;

/**
 * The identity API's refusals of sign-in as RFC 9457 problem details. Invalid fields are
 * answered by the shared {@code org.steward.web.ApiProblems}.
 */
@RestControllerAdvice(basePackageClasses = IdentityProblems.class)
@Order(-10)
class IdentityProblems {

	private final ZoneId zone;

	IdentityProblems(StewardProperties steward) {
		this.zone = steward.zone();
	}

	@ExceptionHandler(SignInRefused.class)
	ProblemDetail signInRefused(SignInRefused refused) {
		return switch (refused.reason()) {
			case BAD_CREDENTIALS -> problem(HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed",
					refused.getMessage());
			case DISABLED -> problem(HttpStatus.UNAUTHORIZED, "account-disabled", "Account disabled",
					refused.getMessage());
			case NOT_SIGNED_IN -> problem(HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in",
					refused.getMessage());
			case LOCKED -> {
				var until = refused.lockedUntil() == null ? null
						: refused.lockedUntil().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
				String detail = until == null ? refused.getMessage()
						: refused.getMessage() + "; locked until " + until.atZone(zone).toOffsetDateTime();
				ProblemDetail problem = problem(HttpStatus.LOCKED, "account-locked", "Account locked", detail);
				if (until != null) {
					problem.setProperty("lockedUntil", until.toString());
				}
				yield problem;
			}
		};
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:steward:problem:" + type));
		problem.setTitle(title);
		return problem;
	}
}
