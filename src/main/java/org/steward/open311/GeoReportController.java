package org.steward.open311;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.steward.StewardProperties;
import org.steward.cases.Channel;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.intake.ReportSubmissions;
import org.steward.refusal.Refusal;
import org.steward.territory.Gazetteer;
import org.steward.territory.Place;
import org.steward.refusal.RefusalTexts;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The GeoReport v2 endpoints. Each path ends in {@code .xml} or {@code .json}; errors answer in the
 * same format as {@code <errors>} / {@code [{code, description}]} with the HTTP status as the code.
 * Anyone may read; posting needs an api_key an administrator issued.
 */
@RestController
@RequestMapping("/open311/v2")
class GeoReportController {

	/** The spec's default and ceiling for a request list, and its widest date window. */
	static final int LIMIT = 1000;

	static final Duration WINDOW = Duration.ofDays(90);

	private static final int MAX_DESCRIPTION = 4000;

	/** As long as the report form's address. */
	private static final int MAX_ADDRESS = 200;

	private final Catalog catalog;

	private final ReportSubmissions submissions;

	private final ServiceRequests requests;

	private final Open311Clients clients;

	private final Open311Properties properties;

	private final RefusalTexts texts;

	private final Clock clock;

	private final ZoneId zone;

	private final Gazetteer gazetteer;

	GeoReportController(Catalog catalog, ReportSubmissions submissions, ServiceRequests requests, Open311Clients clients,
			Open311Properties properties, RefusalTexts texts, Clock clock,
			StewardProperties steward, Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.catalog = catalog;
		this.submissions = submissions;
		this.requests = requests;
		this.clients = clients;
		this.properties = properties;
		this.texts = texts;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		GeoReport.Format f = format(format);
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", properties.baseUrl());
		endpoint.put("changeset", properties.changeset());
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", properties.changeset());
		discovery.put("contact", properties.contact());
		discovery.put("key_service", "api_key issued by the administrator of this Steward installation");
		discovery.put("endpoints", List.of(endpoint));
		return GeoReport.object(f, "discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction, HttpServletRequest http) {
		GeoReport.Format f = format(format);
		Locale locale = RefusalTexts.localeOf(http);
		checkJurisdiction(jurisdiction);
		List<Map<String, Object>> services = new ArrayList<>();
		for (CategoryRules rules : catalog.allCurrent()) {
			if (!rules.active()) {
				continue;
			}
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", rules.code());
			service.put("service_name", rules.name(locale));
			service.put("description", rules.description());
			service.put("metadata", false);
			service.put("type", "realtime");
			service.put("keywords", rules.nameZh() + "," + rules.nameEn());
			service.put("group", english(locale) ? rules.majorClass().nameEn() : rules.majorClass().nameZh());
			services.add(service);
		}
		return GeoReport.list(f, HttpStatus.OK, "services", services);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		GeoReport.Format f = format(format);
		checkJurisdiction(jurisdiction);
		CategoryRules rules = catalog.current(code).filter(CategoryRules::active)
			.orElseThrow(() -> Open311Refusals.unknownService(code));
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", rules.code());
		// no category asks for extra attributes (yet): the definition is the empty list the spec allows
		definition.put("attributes", List.of());
		return GeoReport.object(f, "service_definition", definition);
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> post(@PathVariable String format, HttpServletRequest http,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestParam(name = "media", required = false) @Nullable List<MultipartFile> media) {
		GeoReport.Format f = format(format);
		Locale locale = RefusalTexts.localeOf(http);
		String key = param(http, "api_key");
		Open311Clients.Client client = key == null ? null : clients.byKey(key).orElse(null);
		if (client == null) {
			throw Open311Refusals.badKey();
		}
		checkJurisdiction(param(http, "jurisdiction_id"));
		String serviceCode = param(http, "service_code");
		if (serviceCode == null) {
			throw Open311Refusals.serviceCodeMissing();
		}
		if (catalog.current(serviceCode).filter(CategoryRules::active).isEmpty()) {
			throw Open311Refusals.serviceCodeNotFound(serviceCode);
		}
		String lat = param(http, "lat");
		String lng = param(http, "long");
		String address = param(http, "address_string");
		if (address != null && address.length() > MAX_ADDRESS) {
			throw Open311Refusals.tooLong("address_string", MAX_ADDRESS);
		}
		double latitude;
		double longitude;
		if (lat != null && lng != null) {
			latitude = number("lat", lat, -90, 90);
			longitude = number("long", lng, -180, 180);
		}
		else if (address != null && !address.isBlank()) {
			// the spec's alternative to lat/long: our gazetteer must name exactly one place
			Place place = switch (gazetteer.resolve(address)) {
				case Gazetteer.Resolution.Found found -> found.place();
				case Gazetteer.Resolution.Unknown unknown -> throw Open311Refusals.addressUnknown(address);
				case Gazetteer.Resolution.Ambiguous ambiguous -> throw Open311Refusals.addressAmbiguous(address,
						ambiguous.candidates().stream().limit(5).map(c -> c.name(english(locale))).distinct().toList());
			};
			latitude = place.lat();
			longitude = place.lng();
		}
		else {
			throw param(http, "address_id") != null ? Open311Refusals.addressIdUnknown() : Open311Refusals.locationMissing();
		}
		String description = param(http, "description");
		if (description != null && description.length() > MAX_DESCRIPTION) {
			throw Open311Refusals.tooLong("description", MAX_DESCRIPTION);
		}
		String name = String.join(" ",
				Arrays.stream(new String[] { param(http, "first_name"), param(http, "last_name") })
					.filter(java.util.Objects::nonNull)
					.toList());
		List<ReportSubmissions.Photo> photos = new ArrayList<>();
		if (media != null) {
			for (MultipartFile file : media) {
				try {
					photos.add(new ReportSubmissions.Photo(file.getOriginalFilename(), file.getContentType(),
							file.getBytes()));
				}
				catch (IOException unreadable) {
					throw Refusal.invalid("media", "open311.refused.media");
				}
			}
		}
		ReportSubmissions.Submitted submitted = submissions.submit(new ReportSubmissions.Submission(Channel.OPEN311, null,
				serviceCode, description == null ? "" : description, latitude, longitude, address, null,
				name.isBlank() ? null : name, param(http, "phone"), null,
				idempotencyKey == null ? null : "open311:" + client.id() + ":" + idempotencyKey), photos);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", submitted.caseNumber().value());
		answer.put("service_notice", texts.text(
				new org.springframework.context.support.DefaultMessageSourceResolvable(
						new String[] { "open311.notice." + submitted.status().name(), "open311.notice" },
						new Object[] { submitted.trackingCode().value() }),
				locale));
		answer.put("account_id", null);
		return GeoReport.list(f, HttpStatus.OK, "service_requests", List.of(answer));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> list(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
			@RequestParam(name = "service_request_id", required = false) @Nullable String ids,
			@RequestParam(name = "service_code", required = false) @Nullable String serviceCodes,
			@RequestParam(name = "start_date", required = false) @Nullable String start,
			@RequestParam(name = "end_date", required = false) @Nullable String end,
			@RequestParam(name = "status", required = false) @Nullable String status, HttpServletRequest http) {
		GeoReport.Format f = format(format);
		Locale locale = RefusalTexts.localeOf(http);
		checkJurisdiction(jurisdiction);
		Instant to = end == null ? clock.instant() : date("end_date", end);
		Instant from = start == null ? to.minus(WINDOW) : date("start_date", start);
		if (Duration.between(from, to).compareTo(WINDOW) > 0) {
			throw Open311Refusals.datesTooFarApart();
		}
		Boolean closed = null;
		if (status != null && !status.isBlank()) {
			List<String> wanted = split(status);
			for (String s : wanted) {
				if (!s.equals("open") && !s.equals("closed")) {
					throw Open311Refusals.badStatus(s);
				}
			}
			closed = wanted.contains("open") && wanted.contains("closed") ? null : wanted.contains("closed");
		}
		List<String> idList = ids == null ? List.of() : split(ids);
		List<Map<String, Object>> items = requests
			.search(idList, serviceCodes == null ? null : split(serviceCodes), from, to, closed, LIMIT)
			.stream()
			.map(r -> request(r, locale))
			.toList();
		return GeoReport.list(f, HttpStatus.OK, "service_requests", items);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction, HttpServletRequest http) {
		GeoReport.Format f = format(format);
		Locale locale = RefusalTexts.localeOf(http);
		checkJurisdiction(jurisdiction);
		ServiceRequests.Request r = requests.find(id).orElseThrow(() -> Open311Refusals.unknownRequest(id));
		return GeoReport.list(f, HttpStatus.OK, "service_requests", List.of(request(r, locale)));
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		GeoReport.Format f = format(format);
		checkJurisdiction(jurisdiction);
		ServiceRequests.Request r = requests.byToken(token).orElseThrow(() -> Open311Refusals.unknownToken(token));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", r.id());
		answer.put("token", r.token());
		return GeoReport.list(f, HttpStatus.OK, "service_requests", List.of(answer));
	}

	/** Refusals answer as the spec's errors, in the format the path asked for (XML when it named none). */
	@ExceptionHandler(Refusal.class)
	ResponseEntity<String> refused(Refusal refusal, HttpServletRequest http) {
		Locale locale = RefusalTexts.localeOf(http);
		HttpStatus status = HttpStatus.valueOf(refusal.kind().status());
		List<Map<String, Object>> errors = new ArrayList<>();
		if (refusal.fields().isEmpty()) {
			errors.add(error(status, texts.message(refusal, locale)));
		}
		else {
			texts.fieldMessages(refusal, locale).forEach((field, message) -> errors.add(error(status, field + ": " + message)));
		}
		GeoReport.Format f = http.getRequestURI().endsWith(".json") ? GeoReport.Format.JSON : GeoReport.Format.XML;
		return GeoReport.list(f, status, "errors", errors);
	}

	private static Map<String, Object> error(HttpStatus status, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		return error;
	}

	private Map<String, Object> request(ServiceRequests.Request r, Locale locale) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("service_request_id", r.id());
		m.put("status", r.closed() ? "closed" : "open");
		m.put("status_notes", texts.text(new org.springframework.context.support.DefaultMessageSourceResolvable(
				"open311.status." + r.status().name()), locale));
		m.put("service_name", english(locale) ? r.serviceNameEn() : r.serviceNameZh());
		m.put("service_code", r.serviceCode());
		m.put("description", r.description());
		m.put("agency_responsible", english(locale) ? "Jinshui District urban-management enforcement" : "金水区城市管理执法大队");
		m.put("service_notice", null);
		m.put("requested_datetime", GeoReport.time(r.requestedAt(), zone));
		m.put("updated_datetime", GeoReport.time(r.updatedAt(), zone));
		m.put("expected_datetime", GeoReport.time(r.expectedAt(), zone));
		m.put("address", r.address());
		m.put("address_id", null);
		m.put("zipcode", null);
		m.put("lat", r.lat());
		m.put("long", r.lng());
		m.put("media_url", null);
		return m;
	}

	private void checkJurisdiction(@Nullable String jurisdiction) {
		if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(properties.jurisdiction())) {
			throw Open311Refusals.unknownJurisdiction(jurisdiction);
		}
	}

	private static GeoReport.Format format(String extension) {
		GeoReport.Format format = GeoReport.Format.of(extension);
		if (format == null) {
			throw Open311Refusals.unknownFormat(extension);
		}
		return format;
	}

	private static @Nullable String param(HttpServletRequest http, String name) {
		String value = http.getParameter(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static double number(String field, String text, double min, double max) {
		try {
			double value = Double.parseDouble(text);
			if (Double.isNaN(value) || value < min || value > max) {
				throw Open311Refusals.badCoordinate(field);
			}
			return value;
		}
		catch (NumberFormatException notANumber) {
			throw Open311Refusals.badCoordinate(field);
		}
	}

	private static Instant date(String field, String text) {
		if (text.length() > 40) {
			throw Open311Refusals.badDate(field);
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			throw Open311Refusals.badDate(field);
		}
	}

	private static List<String> split(String list) {
		return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).limit(LIMIT).toList();
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}
