package org.steward.patrol;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.identity.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Patrols as JSON: the page's position batches ({@code /patrols/{id}/points}, signed in with the page's
 * session and CSRF token) and the same for API clients under {@code /api/v1/patrols} with a bearer token,
 * plus coverage and warnings. Refusals answer as RFC 9457 problems.
 */
@RestController
@Tag(name = "Patrols", description = "Patrols, their positions and findings, grid coverage and warnings")
class PatrolApiController {

	private final Patrols patrols;

	private final GridCoverage coverage;

	private final Warnings warnings;

	PatrolApiController(Patrols patrols, GridCoverage coverage, Warnings warnings) {
		this.patrols = patrols;
		this.coverage = coverage;
		this.warnings = warnings;
	}

	/** A batch of positions: {@code {"points":[{"t":epochMillis,"lat":…,"lng":…,"accuracy":…}]}}. */
	record PointBatch(@Nullable List<Patrol.Point> points) {
	}

	@PostMapping(path = { "/patrols/{id}/points", "/api/v1/patrols/{id}/points" },
			consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Store a batch of positions; a position already stored (same time) is ignored")
	Patrol.BatchResult points(@PathVariable long id, @RequestBody PointBatch batch, CurrentUser user) {
		return patrols.addPoints(id, user, batch.points() == null ? List.of() : batch.points());
	}

	@PostMapping("/api/v1/patrols")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a patrol of the caller's station")
	Patrol start(@RequestParam(required = false) @Nullable String companions, CurrentUser user) {
		return patrols.start(user, companions);
	}

	@PostMapping("/api/v1/patrols/{id}/end")
	@Operation(summary = "End a patrol: its track is simplified and measured")
	Patrol end(@PathVariable long id, CurrentUser user) {
		return patrols.end(id, user);
	}

	@GetMapping("/api/v1/patrols/{id}")
	@Operation(summary = "A patrol with its simplified track, grids passed and findings")
	Patrol.Detail patrol(@PathVariable long id, CurrentUser user) {
		return patrols.detail(id, user);
	}

	@GetMapping("/api/v1/patrol/coverage")
	@Operation(summary = "Coverage of a station's grids in [from, to): grids that met their class's frequency ÷ grids")
	GridCoverage.Report coverage(@RequestParam String station,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to, CurrentUser user) {
		return coverage.ofStation(station, from, to, user);
	}

	@GetMapping("/api/v1/patrol/warnings")
	@Operation(summary = "Warnings in the caller's scope, newest first")
	List<Warnings.Warning> warnings(@RequestParam(required = false) Warnings.@Nullable Status status,
			CurrentUser user) {
		return warnings.visibleTo(user, status);
	}
}
