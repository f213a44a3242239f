package org.steward.outreach;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.steward.StewardProperties;
import org.steward.evidence.Photos;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.organization.Station;
import org.steward.parties.Parties;
import org.steward.parties.Party;
import org.steward.parties.PartyType;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The outreach pages: the week's calendar of a station or squad with the planning forms, a
 * session's page (record, QR code, sign-in list, photos, printable record), coverage, and the
 * maintained lists (legal bases, saved party queries). Refused fields come back above the form
 * they belong to, worded in the reader's language.
 */
@Controller
class OutreachPageController {

	private final Plans plans;

	private final Sessions sessions;

	private final LegalBases bases;

	private final PartyQueries queries;

	private final Coverage coverage;

	private final StationScope scope;

	private final SessionRecordPdf records;

	private final Photos photos;

	private final Parties parties;

	private final RefusalTexts refusals;

	private final Clock clock;

	private final ZoneId zone;

	private final org.steward.catalog.Catalog catalog;

	private final org.steward.organization.Organization organization;

	private final org.steward.territory.Territory territory;

	/**
	 * What the planning forms offer to pick by name instead of typed codes: the station's active officers
	 * with accounts, and the grids of the communities it serves.
	 */
	private void addChoices(Model model, Station station) {
		model.addAttribute("stationOfficers", organization.officersOf(station.code())
			.stream()
			.filter(o -> o.active() && o.username() != null)
			.toList());
		model.addAttribute("gridChoices", station.communityCodes()
			.stream()
			.flatMap(community -> territory.gridsOf(community).stream())
			.toList());
	}

	OutreachPageController(Plans plans, Sessions sessions, LegalBases bases, PartyQueries queries, Coverage coverage,
			StationScope scope, SessionRecordPdf records, Photos photos, Parties parties, RefusalTexts refusals,
			Clock clock, StewardProperties steward, org.steward.catalog.Catalog catalog,
			org.steward.organization.Organization organization, org.steward.territory.Territory territory) {
		this.catalog = catalog;
		this.organization = organization;
		this.territory = territory;
		this.plans = plans;
		this.sessions = sessions;
		this.bases = bases;
		this.queries = queries;
		this.coverage = coverage;
		this.scope = scope;
		this.records = records;
		this.photos = photos;
		this.parties = parties;
		this.refusals = refusals;
		this.clock = clock;
		this.zone = steward.zone();
	}

	// ------------------------------------------------------------ calendar and planning

	@GetMapping("/outreach")
	String calendar(@RequestParam(required = false) @Nullable String station,
			@RequestParam(required = false) @Nullable String squad,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate week,
			Model model, CurrentUser user) {
		LocalDate monday = (week != null ? week : LocalDate.now(clock.withZone(zone)))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Station> stations = squad != null && !squad.isBlank()
				? scope.stationsOfSquad(squad.strip()).stream().filter(s -> scope.covers(user, s.code())).toList()
				: List.of(scope.requireReader(user, station == null || station.isBlank() ? scope.defaultStation(user) : station.strip()));
		if (stations.isEmpty()) {
			throw Refusal.notFound("outreach.refused.squadNotFound", squad);
		}
		List<Plans.Entry> entries = plans.calendar(stations.stream().map(Station::code).toList(), monday, monday.plusDays(6));
		Map<LocalDate, List<Plans.Entry>> days = new LinkedHashMap<>();
		for (int i = 0; i < 7; i++) {
			days.put(monday.plusDays(i), new ArrayList<>());
		}
		entries.forEach(e -> days.get(e.date()).add(e));
		Station first = stations.get(0);
		model.addAttribute("stations", stations);
		model.addAttribute("visibleStations", scope.visibleStations(user));
		model.addAttribute("station", first);
		model.addAttribute("squad", squad);
		model.addAttribute("monday", monday);
		model.addAttribute("days", days);
		model.addAttribute("slots", plans.slotsOf(first.code()));
		model.addAttribute("mayPlan", user.roles().stream().anyMatch(StationScope.PLANNERS::contains)
				&& scope.covers(user, first.code()));
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("partyQueries", queries.ofStation(first.code()));
		addChoices(model, first);
		if (!model.containsAttribute("slotErrors")) {
			model.addAttribute("slotErrors", List.of());
		}
		return "outreach/calendar";
	}

	@PostMapping("/outreach/slots")
	String addSlot(@RequestParam(required = false) @Nullable String stationCode,
			@RequestParam(required = false) @Nullable Integer weekday,
			@RequestParam(required = false) @Nullable String startTime,
			@RequestParam(required = false) @Nullable Integer durationMinutes,
			@RequestParam(required = false) @Nullable String audience, @RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String place, @RequestParam(required = false) @Nullable String gridCode,
			@RequestParam(required = false) @Nullable List<String> officers,
			@RequestParam(required = false) @Nullable Long partyQueryId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
			RedirectAttributes redirect, Locale locale, CurrentUser user) {
		try {
			plans.addSlot(new Plans.NewSlot(stationCode, weekday, startTime, durationMinutes, audience, topic, place,
					gridCode, officers(officers), partyQueryId, validFrom, validTo), user);
		}
		catch (Refusal refused) {
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			redirect.addFlashAttribute("slotErrors", fieldTexts(refused, locale));
		}
		redirect.addAttribute("station", stationCode);
		return "redirect:/outreach";
	}

	// ------------------------------------------------------------ sessions

	@GetMapping("/outreach/sessions/new")
	String newSession(@RequestParam(required = false) @Nullable Long slot,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable String station, Model model, CurrentUser user) {
		Plans.Slot chosen = slot == null ? null : plans.slot(slot).orElseThrow(() -> OutreachRefusals.slotNotFound(slot));
		String code = chosen != null ? chosen.stationCode()
				: station == null || station.isBlank() ? scope.defaultStation(user) : station;
		Station s = chosen != null ? scope.requireRecorder(user, code) : scope.requirePlanner(user, code);
		model.addAttribute("station", s);
		model.addAttribute("slot", chosen);
		model.addAttribute("date", date);
		model.addAttribute("formats", SessionFormat.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("bases", bases.all().stream().filter(LegalBases.LegalBasis::active).toList());
		model.addAttribute("partyQueries", queries.ofStation(s.code()));
		addChoices(model, s);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "outreach/session-form";
	}

	@PostMapping("/outreach/sessions")
	String createSession(@RequestParam(required = false) @Nullable String stationCode,
			@RequestParam(required = false) @Nullable Long slotId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate slotDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
			@RequestParam(required = false) @Nullable Integer durationMinutes,
			@RequestParam(required = false) @Nullable String audience, @RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String topic, @RequestParam(required = false) @Nullable String place,
			@RequestParam(required = false) @Nullable String gridCode, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lng,
			@RequestParam(required = false) @Nullable List<String> officers,
			@RequestParam(required = false) @Nullable List<Long> legalBasisIds,
			@RequestParam(required = false) @Nullable List<String> materialTitle,
			@RequestParam(required = false) @Nullable List<Integer> materialCopies,
			@RequestParam(required = false) @Nullable Long partyQueryId, @RequestParam(required = false) @Nullable String notes,
			RedirectAttributes redirect, Locale locale, CurrentUser user) {
		try {
			Sessions.Session s = sessions.create(new Sessions.NewSession(stationCode, slotId, slotDate, startsAt,
					durationMinutes, Texts.blank(audience) ? null : audience, format, topic, place, gridCode, lat, lng,
					officers(officers), legalBasisIds, materials(materialTitle, materialCopies), partyQueryId, notes), user);
			return "redirect:/outreach/sessions/" + s.id();
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.INVALID) {
				redirect.addFlashAttribute("errors", fieldTexts(refused, locale));
			}
			else if (refused.kind() == Refusal.Kind.CONFLICT) {
				redirect.addFlashAttribute("errors", List.of(refusals.message(refused, locale)));
			}
			else {
				throw refused;
			}
			if (slotId != null) {
				redirect.addAttribute("slot", slotId);
				redirect.addAttribute("date", slotDate);
			}
			else {
				redirect.addAttribute("station", stationCode);
			}
			return "redirect:/outreach/sessions/new";
		}
	}

	@GetMapping("/outreach/sessions/{id}")
	String session(@PathVariable long id, Model model, CurrentUser user) {
		Sessions.Session s = sessions.readable(id, user);
		boolean mayRecord = user.roles().stream().anyMatch(StationScope.RECORDERS::contains);
		List<Sessions.Attendance> attendance = sessions.attendance(id);
		Map<Long, String> partyNames = new LinkedHashMap<>();
		attendance.stream()
			.filter(a -> a.partyId() != null)
			.forEach(a -> partyNames.put(a.partyId(), parties.find(a.partyId()).map(Party::name).orElse("#" + a.partyId())));
		model.addAttribute("ses", s);
		model.addAttribute("station", scope.station(s.stationCode()));
		model.addAttribute("attendance", attendance);
		model.addAttribute("partyNames", partyNames);
		model.addAttribute("photos", sessions.photos(id));
		model.addAttribute("mayRecord", mayRecord);
		model.addAttribute("command", user.has(Role.COMMAND_CENTRE));
		model.addAttribute("offered", sessions.offeredParties(s));
		model.addAttribute("zone", zone);
		if (mayRecord && !s.endsAt().plus(java.time.Duration.ofHours(1)).isBefore(clock.instant())) {
			String token = sessions.signInToken(id, user);
			String url = ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/outreach/sign-in")
				.queryParam("t", token)
				.build()
				.toUriString();
			model.addAttribute("signInUrl", url);
			model.addAttribute("qr", QrCodes.svg(url));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "outreach/session";
	}

	@PostMapping("/outreach/sessions/{id}/attendance")
	String attend(@PathVariable long id, @RequestParam(required = false) @Nullable Long partyId,
			@RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String phone,
			RedirectAttributes redirect, Locale locale, CurrentUser user) {
		return back(id, redirect, locale, () -> sessions.addAttendance(id, new Sessions.NewAttendance(partyId, name, phone), user));
	}

	@PostMapping("/outreach/sessions/{id}/held")
	String held(@PathVariable long id, @RequestParam(required = false) @Nullable Integer walkInHeadcount,
			@RequestParam(required = false) @Nullable Integer consultations,
			@RequestParam(required = false) @Nullable String notes, RedirectAttributes redirect, Locale locale,
			CurrentUser user) {
		return back(id, redirect, locale,
				() -> sessions.recordHeld(id, new Sessions.Held(walkInHeadcount, consultations, notes, null), user));
	}

	@PostMapping("/outreach/sessions/{id}/photos")
	String addPhotos(@PathVariable long id, @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes redirect, Locale locale, CurrentUser user) {
		return back(id, redirect, locale, () -> {
			List<Photos.Upload> uploads = new ArrayList<>();
			if (files != null) {
				for (MultipartFile f : files) {
					if (!f.isEmpty()) {
						try {
							uploads.add(new Photos.Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
						}
						catch (java.io.IOException ex) {
							throw new java.io.UncheckedIOException(ex);
						}
					}
				}
			}
			return sessions.addPhotos(id, uploads, user);
		});
	}

	@GetMapping("/outreach/sessions/{id}/photos/{photoId}")
	ResponseEntity<FileSystemResource> photo(@PathVariable long id, @PathVariable long photoId, CurrentUser user) {
		sessions.readable(id, user);
		Sessions.Photo p = sessions.photos(id)
			.stream()
			.filter(ph -> ph.id() == photoId)
			.findFirst()
			.orElseThrow(() -> OutreachRefusals.sessionNotFound(id));
		java.nio.file.Path file = photos.file(p.sha256()).orElseThrow(() -> OutreachRefusals.sessionNotFound(id));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType())).body(new FileSystemResource(file));
	}

	@GetMapping("/outreach/sessions/{id}.pdf")
	ResponseEntity<byte[]> record(@PathVariable long id, CurrentUser user) {
		Sessions.Session s = sessions.readable(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("outreach-session-" + id + ".pdf").build().toString())
			.body(records.render(s));
	}

	// ------------------------------------------------------------ coverage and lists

	@GetMapping("/outreach/coverage")
	String coverage(@RequestParam(required = false) @Nullable String station,
			@RequestParam(required = false) @Nullable String squad, @RequestParam(required = false) @Nullable String grid,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model, CurrentUser user) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate start = from != null ? from : today.withDayOfMonth(1);
		LocalDate end = to != null ? to : today;
		OutreachApiController.checkRange(start, end);
		List<Station> stations = squad != null && !squad.isBlank()
				? scope.stationsOfSquad(squad.strip()).stream().filter(s -> scope.covers(user, s.code())).toList()
				: List.of(scope.requireReader(user, station == null || station.isBlank() ? scope.defaultStation(user) : station.strip()));
		if (stations.isEmpty()) {
			throw Refusal.notFound("outreach.refused.squadNotFound", squad);
		}
		String gridCode = grid == null || grid.isBlank() ? null : grid.strip();
		model.addAttribute("figures", coverage.of(stations, gridCode, start, end));
		model.addAttribute("visibleStations", scope.visibleStations(user));
		model.addAttribute("station", stations.get(0));
		model.addAttribute("squad", squad);
		return "outreach/coverage";
	}

	@GetMapping("/outreach/lists")
	String lists(@RequestParam(required = false) @Nullable String station, Model model, CurrentUser user) {
		Station s = scope.requireReader(user, station == null || station.isBlank() ? scope.defaultStation(user) : station);
		model.addAttribute("station", s);
		model.addAttribute("bases", bases.all());
		List<PartyQueries.PartyQuery> mine = queries.ofStation(s.code());
		Map<Long, List<Party>> chosen = new LinkedHashMap<>();
		mine.forEach(q -> chosen.put(q.id(), queries.parties(q)));
		model.addAttribute("queries", mine);
		model.addAttribute("chosen", chosen);
		model.addAttribute("types", PartyType.values());
		model.addAttribute("periods", PartyQueries.Period.values());
		// categories are picked by name (codes stay what is posted and checked)
		model.addAttribute("categoryList", catalog.allCurrent());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "outreach/lists";
	}

	@PostMapping("/outreach/legal-bases")
	String addBasis(@RequestParam(required = false) @Nullable String law,
			@RequestParam(required = false) @Nullable String article, @RequestParam(required = false) @Nullable String summary,
			@RequestParam(required = false) @Nullable String categoryCodes, @RequestParam(required = false) @Nullable String station,
			RedirectAttributes redirect, Locale locale, CurrentUser user) {
		try {
			bases.add(new LegalBases.NewBasis(law, article, summary,
					categoryCodes == null ? List.of() : List.of(categoryCodes.split("[,，\\s]+"))), user);
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.FORBIDDEN || refused.kind() == Refusal.Kind.NOT_FOUND) {
				throw refused;
			}
			redirect.addFlashAttribute("errors", refused.kind() == Refusal.Kind.INVALID ? fieldTexts(refused, locale)
					: List.of(refusals.message(refused, locale)));
		}
		redirect.addAttribute("station", station);
		return "redirect:/outreach/lists";
	}

	@PostMapping("/outreach/party-queries")
	String saveQuery(@RequestParam(required = false) @Nullable String stationCode,
			@RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String partyType,
			@RequestParam(required = false) @Nullable String addressContains,
			@RequestParam(required = false) @Nullable String categoryCode,
			@RequestParam(required = false) @Nullable Integer minCases, @RequestParam(required = false) @Nullable String period,
			RedirectAttributes redirect, Locale locale, CurrentUser user) {
		try {
			queries.save(new PartyQueries.NewQuery(stationCode, name, partyType, addressContains, categoryCode, minCases,
					period), user);
		}
		catch (Refusal refused) {
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			redirect.addFlashAttribute("errors", fieldTexts(refused, locale));
		}
		redirect.addAttribute("station", stationCode);
		return "redirect:/outreach/lists";
	}

	// ------------------------------------------------------------ helpers

	private String back(long id, RedirectAttributes redirect, Locale locale, java.util.function.Supplier<?> action) {
		try {
			action.get();
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.FORBIDDEN) {
				throw refused;
			}
			redirect.addFlashAttribute("errors", refused.kind() == Refusal.Kind.INVALID ? fieldTexts(refused, locale)
					: List.of(refusals.message(refused, locale)));
		}
		return "redirect:/outreach/sessions/" + id;
	}

	/** Each refused field as "field: text", for the list above the form. */
	private List<String> fieldTexts(Refusal refused, Locale locale) {
		List<String> texts = new ArrayList<>();
		refusals.fieldMessages(refused, locale).forEach((field, text) -> texts.add(field + ": " + text));
		return texts;
	}

	private static @Nullable List<String> officers(@Nullable List<String> officers) {
		if (officers == null) {
			return null;
		}
		// a text field may carry several names separated by commas or spaces
		return officers.stream().flatMap(o -> java.util.Arrays.stream(o.split("[,，\\s]+"))).filter(o -> !o.isBlank()).toList();
	}

	private static List<Sessions.NewMaterial> materials(@Nullable List<String> titles, @Nullable List<Integer> copies) {
		List<Sessions.NewMaterial> materials = new ArrayList<>();
		if (titles != null) {
			for (int i = 0; i < titles.size(); i++) {
				Integer c = copies != null && i < copies.size() ? copies.get(i) : null;
				if (!Texts.blank(titles.get(i)) || c != null) {
					materials.add(new Sessions.NewMaterial(titles.get(i), c));
				}
			}
		}
		return materials;
	}
}
