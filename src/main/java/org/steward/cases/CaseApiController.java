package org.steward.cases;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.StewardProperties;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;
import org.steward.territory.CoordinateConversion;
import org.steward.territory.Crs;
import org.steward.territory.GeoPoint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The case API for staff: lists and details within the caller's data scope, and the
 * lifecycle's actions as {@code POST /api/v1/cases/{caseNumber}/{action}}. An unknown case
 * number or action name answers 404 (the path names no resource).
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Cases and their lifecycle: acknowledge, arrive, handle, verify, escalate…")
class CaseApiController {

	private final CaseQueries queries;

	private final CaseCommands commands;

	private final ZoneId zone;

	CaseApiController(CaseQueries queries, CaseCommands commands, StewardProperties steward) {
		this.queries = queries;
		this.commands = commands;
		this.zone = steward.zone();
	}

	/** A location as clients send it; {@code crs} defaults to WGS-84. */
	record LocationBody(@Nullable Double lat, @Nullable Double lng, @Nullable Crs crs) {
	}

	/** The body of an action; see {@link ActionRequest} for which action reads which field. */
	record ActionBody(@Nullable String notes, @Nullable String reason, @Nullable String result,
			@Nullable LocationBody location, @Nullable List<Evidence> evidence, @Nullable String target,
			@Nullable Boolean passed, @Nullable Integer workingDays, @Nullable Long expectedVersion) {
	}

	@GetMapping
	@Operation(summary = "Cases in the caller's data scope, newest first")
	CasePage list(@RequestParam(name = "status", required = false) @Nullable List<String> status,
			@RequestParam(required = false) @Nullable String station,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String queue,
			@RequestParam(required = false) @Nullable String assignedTo,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, CurrentUser user) {
		if (size < 1 || size > 200) {
			throw CaseRefusals.pageSize(200);
		}
		if (page < 0) {
			throw CaseRefusals.negativePage();
		}
		if (queue != null && !queue.equals("command")) {
			throw CaseRefusals.unknownQueue(queue);
		}
		CaseFilter filter = new CaseFilter(statuses(status), station, category, overdue, instant(from, "from", false),
				instant(to, "to", true), queue != null, assignedTo, q, CaseCursor.of(after, before));
		return queries.search(filter, user, page, size);
	}

	@GetMapping("/{caseNumber}")
	@Operation(summary = "A case with its timeline, deadlines, timings and the actions the caller may take")
	CaseDetail detail(@PathVariable String caseNumber, CurrentUser user) {
		return queries.detail(number(caseNumber), user);
	}

	@PostMapping("/{caseNumber}/{action}")
	@Operation(summary = "Takes an action on a case; 409 names the current status and the allowed actions")
	CaseDetail act(@PathVariable String caseNumber, @PathVariable String action,
			@RequestBody(required = false) @Nullable ActionBody body, CurrentUser user) {
		CaseNumber number = number(caseNumber);
		CaseAction caseAction = Arrays.stream(CaseAction.values())
			.filter(a -> a.path().equals(action))
			.findFirst()
			.orElseThrow(() -> CaseRefusals.noSuchAction(action));
		return commands.act(number, caseAction, request(body), user);
	}

	private static CaseNumber number(String text) {
		if (!CaseNumber.isValid(text)) {
			throw CaseRefusals.notFound(text);
		}
		return new CaseNumber(text);
	}

	private static ActionRequest request(@Nullable ActionBody body) {
		if (body == null) {
			return ActionRequest.empty();
		}
		GeoPoint location = null;
		if (body.location() != null) {
			LocationBody l = body.location();
			if (l.lat() == null || l.lng() == null) {
				throw CaseRefusals.locationNeedsBoth();
			}
			try {
				location = CoordinateConversion.toWgs84(l.lat(), l.lng(), l.crs() == null ? Crs.WGS84 : l.crs());
			}
			catch (Refusal outOfRange) {
				// territory names the coordinate; in this body it lies under "location"
				throw Refusal.invalid(outOfRange.fields()
					.stream()
					.map(f -> new Refusal.FieldError("location." + f.field(), f.code(), f.arguments()))
					.toList());
			}
		}
		return new ActionRequest(body.notes(), body.reason(), body.result(), location,
				body.evidence() == null ? List.of() : body.evidence(), body.target(), body.passed(),
				body.workingDays(), body.expectedVersion());
	}

	private static Set<CaseStatus> statuses(@Nullable List<String> values) {
		if (values == null) {
			return Set.of();
		}
		EnumSet<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
		for (String value : values) {
			for (String part : value.split(",")) {
				if (part.isBlank()) {
					continue;
				}
				try {
					statuses.add(CaseStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw CaseRefusals.unknownStatus(part);
				}
			}
		}
		return statuses;
	}

	/** An ISO date (the day's start in the district's zone; for {@code to}, the next day's start) or instant. */
	private @Nullable Instant instant(@Nullable String text, String field, boolean endOfDay) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException ex) {
			throw CaseRefusals.notADate(field, text);
		}
	}
}
