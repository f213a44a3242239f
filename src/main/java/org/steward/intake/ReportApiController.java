package org.steward.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.steward.cases.Channel;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;
import org.steward.territory.CoordinateConversion;
import org.steward.territory.Crs;
import org.steward.territory.GeoPoint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports over HTTP. Anyone may report (residents have no account); a bearer token, when
 * present, records who sent the report and marks it as coming from another system.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Submitting reports and the duplicate offer")
class ReportApiController {

	/** Visible ASCII, 1 to 128 characters, as Stripe and the IETF draft allow. */
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportIntake intake;

	private final Accounts accounts;

	ReportApiController(ReportIntake intake, Accounts accounts) {
		this.intake = intake;
		this.accounts = accounts;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit a report",
			description = "Answers 201 with the case number, tracking code, station and deadlines, or 200 with joined=true "
					+ "when joinCase names an open case nearby. An Idempotency-Key header (1-128 visible characters) makes "
					+ "a retry return the first answer unchanged; reusing a key with a different request answers 422.")
	ResponseEntity<ReportReceipt> submit(@RequestBody ReportRequest request,
			@Parameter(description = "Makes retries safe") @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return answer(intake.submit(draft(request, List.of(), key)));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Submit a report with photos",
			description = "Part 'report' holds the JSON report, parts 'photos' up to 6 JPEG, PNG or WebP files of at most "
					+ "10 MB each. Without a location, the first photo's EXIF GPS position places the report.")
	ResponseEntity<ReportReceipt> submitWithPhotos(@RequestPart("report") String report,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		ReportRequest request;
		try {
			request = JSON.readValue(report, ReportRequest.class);
		}
		catch (JacksonException unreadable) {
			throw IntakeRefusals.unreadableReport();
		}
		return answer(intake.submit(draft(request, uploads(photos), key)));
	}

	@GetMapping("/nearby")
	@Operation(summary = "Open cases of a category within 50 m registered in the last 72 hours",
			description = "Lets a reporter add their voice to an existing case instead of opening a new one.")
	List<ReportReceipt.Duplicate> nearby(@RequestParam String category, @RequestParam double lat,
			@RequestParam double lng, @RequestParam(defaultValue = "WGS84") String crs) {
		List<Refusal.FieldError> violations = new ArrayList<>();
		Crs system = null;
		try {
			system = Crs.valueOf(crs.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			violations.add(Refusal.FieldError.of("crs", "intake.refused.crs.invalid"));
		}
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			violations.add(Refusal.FieldError.of("lat", "intake.refused.lat.range"));
		}
		if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
			violations.add(Refusal.FieldError.of("lng", "intake.refused.lng.range"));
		}
		Refusal.throwIfAny(violations);
		GeoPoint point = CoordinateConversion.toWgs84(lat, lng, system);
		return intake.nearby(category, point).stream().map(ReportReceipt.Duplicate::of).toList();
	}

	private ReportDraft draft(ReportRequest request, List<PhotoUpload> photos, @Nullable String key) {
		if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
			throw IntakeRefusals.malformedKey();
		}
		String submittedBy = accounts.current().map(CurrentUser::username).orElse(null);
		Channel channel = submittedBy == null ? Channel.PUBLIC : Channel.API;
		return new ReportDraft(request, photos, channel, submittedBy, key);
	}

	static List<PhotoUpload> uploads(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		List<PhotoUpload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			// browsers send an empty part for a file input left empty
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				uploads.add(new PhotoUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	/** The receipt as JSON: the one place it is serialised, so a replay's receipt reads as the same bytes. */
	private static ResponseEntity<ReportReceipt> answer(IntakeAnswer answer) {
		return ResponseEntity.status(HttpStatus.valueOf(answer.status()))
			.location(URI.create("/api/v1/track/" + answer.receipt().trackingCode().value()))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotent-Replayed", String.valueOf(answer.replayed()))
			.body(answer.receipt());
	}
}
