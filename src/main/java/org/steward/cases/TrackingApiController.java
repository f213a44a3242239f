package org.steward.cases;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What a resident can do with a tracking code, without an account: follow the case (status
 * and public steps only — no names, phone numbers or notes) and rate it once it is closed.
 */
@RestController
@RequestMapping("/api/v1/track")
@Tag(name = "Tracking", description = "Residents follow and rate their case by tracking code")
class TrackingApiController {

	private final CaseQueries queries;

	private final CaseCommands commands;

	TrackingApiController(CaseQueries queries, CaseCommands commands) {
		this.queries = queries;
		this.commands = commands;
	}

	private static final int MAX_COMMENT = 1000;

	record RatingBody(@Nullable Rating rating, @Nullable String comment) {
	}

	@GetMapping("/{trackingCode}")
	@Operation(summary = "A case as its reporter sees it")
	PublicCase track(@PathVariable String trackingCode) {
		return queries.track(code(trackingCode)).orElseThrow(() -> CaseRefusals.notFound(trackingCode));
	}

	@PostMapping("/{trackingCode}/rating")
	@Operation(summary = "Rates a closed case, once; DISSATISFIED asks the squad leader to review it")
	PublicCase rate(@PathVariable String trackingCode, @RequestBody RatingBody body) {
		if (body.rating() == null) {
			throw CaseRefusals.ratingRequired();
		}
		String comment = body.comment() == null ? "" : body.comment().strip();
		if (comment.length() > MAX_COMMENT) {
			throw CaseRefusals.commentTooLong(MAX_COMMENT);
		}
		return commands.rate(code(trackingCode), body.rating(), comment);
	}

	private static TrackingCode code(String text) {
		String normalised = text.strip().toUpperCase(java.util.Locale.ROOT);
		if (!TrackingCode.isValid(normalised)) {
			throw CaseRefusals.notFound(text);
		}
		return new TrackingCode(normalised);
	}
}
