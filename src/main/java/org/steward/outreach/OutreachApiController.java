package org.steward.outreach;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.steward.StewardProperties;
import org.steward.evidence.Photos;
import org.steward.identity.CurrentUser;
import org.steward.organization.Station;
import org.steward.refusal.Refusal;

/** Outreach over REST: plans, sessions and their attendance, QR sign-in (no account), coverage. */
@RestController
@RequestMapping("/api/v1/outreach")
class OutreachApiController {

	private final Plans plans;

	private final Sessions sessions;

	private final LegalBases bases;

	private final PartyQueries queries;

	private final Coverage coverage;

	private final StationScope scope;

	private final Clock clock;

	private final ZoneId zone;

	OutreachApiController(Plans plans, Sessions sessions, LegalBases bases, PartyQueries queries, Coverage coverage,
			StationScope scope, Clock clock, StewardProperties steward) {
		this.plans = plans;
		this.sessions = sessions;
		this.bases = bases;
		this.queries = queries;
		this.coverage = coverage;
		this.scope = scope;
		this.clock = clock;
		this.zone = steward.zone();
	}

	// ------------------------------------------------------------ maintained lists

	@GetMapping("/legal-bases")
	List<LegalBases.LegalBasis> legalBases(CurrentUser user) {
		return bases.all();
	}

	@PostMapping("/legal-bases")
	ResponseEntity<LegalBases.LegalBasis> addLegalBasis(@RequestBody LegalBases.NewBasis body, CurrentUser user) {
		LegalBases.LegalBasis basis = bases.add(body, user);
		return ResponseEntity.created(URI.create("/api/v1/outreach/legal-bases/" + basis.id())).body(basis);
	}

	@GetMapping("/party-queries")
	List<PartyQueries.PartyQuery> partyQueries(@RequestParam(required = false) @Nullable String station, CurrentUser user) {
		return queries.ofStation(scope.requireReader(user, stationOr(station, user)).code());
	}

	@PostMapping("/party-queries")
	ResponseEntity<PartyQueries.PartyQuery> saveQuery(@RequestBody PartyQueries.NewQuery body, CurrentUser user) {
		PartyQueries.PartyQuery query = queries.save(body, user);
		return ResponseEntity.created(URI.create("/api/v1/outreach/party-queries/" + query.id())).body(query);
	}

	@GetMapping("/party-queries/{id}/parties")
	List<Map<String, Object>> queryParties(@PathVariable long id, CurrentUser user) {
		PartyQueries.PartyQuery query = queries.find(id).orElseThrow(() -> OutreachRefusals.queryNotFound(id));
		if (!scope.covers(user, query.stationCode())) {
			throw OutreachRefusals.queryNotFound(id);
		}
		return queries.parties(query)
			.stream()
			.map(p -> Map.<String, Object>of("id", p.id(), "name", p.name(), "type", p.type().name(), "address",
					p.address()))
			.toList();
	}

	// ------------------------------------------------------------ plans

	@GetMapping("/slots")
	List<Plans.Slot> slots(@RequestParam(required = false) @Nullable String station, CurrentUser user) {
		return plans.slotsOf(scope.requireReader(user, stationOr(station, user)).code());
	}

	@PostMapping("/slots")
	ResponseEntity<Plans.Slot> addSlot(@RequestBody Plans.NewSlot body, CurrentUser user) {
		Plans.Slot slot = plans.addSlot(body, user);
		return ResponseEntity.created(URI.create("/api/v1/outreach/slots/" + slot.id())).body(slot);
	}

	/** The calendar of a station, or of every station of a squad, for a week (Monday of {@code week}) or a range. */
	@GetMapping("/calendar")
	Map<String, Object> calendar(@RequestParam(required = false) @Nullable String station,
			@RequestParam(required = false) @Nullable String squad,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			CurrentUser user) {
		List<Station> stations = stations(station, squad, user);
		LocalDate start = from != null ? from
				: LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		LocalDate end = to != null ? to : start.plusDays(6);
		checkRange(start, end);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("from", start);
		answer.put("to", end);
		answer.put("stations", stations.stream().map(Station::code).toList());
		answer.put("entries", plans.calendar(stations.stream().map(Station::code).toList(), start, end));
		return answer;
	}

	// ------------------------------------------------------------ sessions

	@PostMapping("/sessions")
	ResponseEntity<Sessions.Session> createSession(@RequestBody Sessions.NewSession body, CurrentUser user) {
		Sessions.Session session = sessions.create(body, user);
		return ResponseEntity.created(URI.create("/api/v1/outreach/sessions/" + session.id())).body(session);
	}

	@GetMapping("/sessions/{id}")
	Map<String, Object> session(@PathVariable long id, CurrentUser user) {
		Sessions.Session session = sessions.readable(id, user);
		boolean command = user.has(org.steward.identity.Role.COMMAND_CENTRE);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("session", session);
		answer.put("attendance", sessions.attendance(id)
			.stream()
			.map(a -> command ? a
					: new Sessions.Attendance(a.id(), a.sessionId(), a.partyId(), a.name(), a.maskedPhone(), a.via(),
							a.signedInAt(), a.recordedBy()))
			.toList());
		answer.put("photos", sessions.photos(id));
		answer.put("recordPdf", "/outreach/sessions/" + id + ".pdf");
		return answer;
	}

	@PostMapping("/sessions/{id}/held")
	Sessions.Session held(@PathVariable long id, @RequestBody Sessions.Held body, CurrentUser user) {
		return sessions.recordHeld(id, body, user);
	}

	@PostMapping("/sessions/{id}/attendance")
	ResponseEntity<Sessions.Attendance> attend(@PathVariable long id, @RequestBody Sessions.NewAttendance body,
			CurrentUser user) {
		return ResponseEntity.status(201).body(sessions.addAttendance(id, body, user));
	}

	@PostMapping(path = "/sessions/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<List<Sessions.Photo>> photos(@PathVariable long id,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> files, CurrentUser user)
			throws java.io.IOException {
		List<Photos.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile f : files) {
				uploads.add(new Photos.Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
			}
		}
		return ResponseEntity.status(201).body(sessions.addPhotos(id, uploads, user));
	}

	/** The session's QR sign-in link: its URL, the token, and the code as SVG, for the officers to show. */
	@GetMapping("/sessions/{id}/sign-in-link")
	Map<String, Object> signInLink(@PathVariable long id, CurrentUser user) {
		String token = sessions.signInToken(id, user);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/outreach/sign-in")
			.queryParam("t", token)
			.build()
			.toUriString();
		return Map.of("token", token, "url", url, "svg", QrCodes.svg(url));
	}

	/** Sign-in from an attendee's phone: no account; the token is the authority. */
	@PostMapping("/sign-in")
	ResponseEntity<Map<String, Object>> signIn(@RequestBody Sessions.SignIn body) {
		Sessions.Attendance a = sessions.signIn(body);
		return ResponseEntity.status(201)
			.body(Map.of("id", a.id(), "sessionId", a.sessionId(), "name", a.name(), "signedInAt", a.signedInAt()));
	}

	// ------------------------------------------------------------ coverage

	@GetMapping("/coverage")
	Coverage.Figures coverage(@RequestParam(required = false) @Nullable String station,
			@RequestParam(required = false) @Nullable String squad, @RequestParam(required = false) @Nullable String grid,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			CurrentUser user) {
		List<Station> stations = stations(station, squad, user);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate start = from != null ? from : today.withDayOfMonth(1);
		LocalDate end = to != null ? to : today;
		checkRange(start, end);
		if (grid != null && !grid.matches("\\d{14,15}")) {
			throw Refusal.invalid("grid", "outreach.refused.gridCode");
		}
		return coverage.of(stations, grid, start, end);
	}

	private String stationOr(@Nullable String station, CurrentUser user) {
		return station == null || station.isBlank() ? scope.defaultStation(user) : station.strip();
	}

	/** One station, or every station of a squad the user may see. */
	List<Station> stations(@Nullable String station, @Nullable String squad, CurrentUser user) {
		if (squad != null && !squad.isBlank()) {
			List<Station> of = scope.stationsOfSquad(squad.strip()).stream().filter(s -> scope.covers(user, s.code())).toList();
			if (of.isEmpty()) {
				throw Refusal.notFound("outreach.refused.squadNotFound", squad);
			}
			return of;
		}
		return List.of(scope.requireReader(user, stationOr(station, user)));
	}

	static void checkRange(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw Refusal.invalid("to", "outreach.refused.range");
		}
		if (from.plusDays(400).isBefore(to)) {
			throw Refusal.invalid("to", "outreach.refused.rangeTooLong", 400);
		}
	}
}
