package org.steward.organization;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * The organisation pages: the brigade tree with who is on duty now, and a station's officers,
 * grids and roster, where its head (or an administrator) edits shifts and an administrator
 * reassigns grids.
 */
@Controller
class OrganizationPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	static final int ROSTER_DAYS_SHOWN = 7;

	private final JdbcOrganization organization;

	private final Departments departments;

	private final Roster roster;

	private final GridResponsibilities responsibilities;

	private final StationAccess access;

	private final SignedIn signedIn;

	private final Clock clock;

	private final ZoneId zone;

	private final RefusalTexts refusals;

	private final org.steward.territory.Territory territory;

	OrganizationPageController(JdbcOrganization organization, Departments departments, Roster roster,
			GridResponsibilities responsibilities, StationAccess access, SignedIn signedIn, Clock clock,
			StewardProperties steward, RefusalTexts refusals, org.steward.territory.Territory territory) {
		this.territory = territory;
		this.refusals = refusals;
		this.organization = organization;
		this.departments = departments;
		this.roster = roster;
		this.responsibilities = responsibilities;
		this.access = access;
		this.signedIn = signedIn;
		this.clock = clock;
		this.zone = steward.zone();
	}

	record StationNode(Station station, boolean visible, List<Officer> officers, Set<String> onDuty) {
	}

	record SquadNode(Squad squad, List<StationNode> stations) {
	}

	record DepartmentNode(Departments.Department department, List<Departments.Liaison> liaisons) {
	}

	record ShiftRow(long id, String officerCode, String officerName, String from, String until, boolean now) {
	}

	record DayRoster(LocalDate date, List<ShiftRow> shifts) {
	}

	/** What the shift form sent back, so a rejected form is shown again as typed. */
	record ShiftForm(String officer, String start, String end) {
	}

	@GetMapping("/organization")
	String tree(Model model) {
		Optional<CurrentUser> user = signedIn.user();
		Instant now = clock.instant();
		List<Station> stations = organization.stations();
		List<SquadNode> squads = organization.squads().stream().map(squad -> new SquadNode(squad, stations.stream()
			.filter(s -> s.squadCode().equals(squad.code()))
			.map(s -> {
				boolean visible = user.map(u -> access.canSee(u, s)).orElse(false);
				return visible ? new StationNode(s, true, organization.officersOf(s.code()), onDutyCodes(s.code(), now))
						: new StationNode(s, false, List.of(), Set.of());
			})
			.toList())).toList();
		model.addAttribute("squads", squads);
		model.addAttribute("departments", departments.all()
			.stream()
			.map(d -> new DepartmentNode(d, departments.liaisons(d.code())))
			.toList());
		return "organization/tree";
	}

	@GetMapping("/organization/stations/{code}")
	String station(@PathVariable String code, Model model) {
		Station station = visibleStation(code);
		fill(model, station);
		if (!model.containsAttribute("shiftForm")) {
			LocalDate today = LocalDate.now(clock.withZone(zone));
			model.addAttribute("shiftForm", new ShiftForm("", today.atTime(OrganizationDemoData.DAY_START).toString(),
					today.atTime(OrganizationDemoData.NIGHT_START).toString()));
		}
		return "organization/station";
	}

	@PostMapping("/organization/stations/{code}/shifts")
	String addShift(@PathVariable String code, @RequestParam String officer, @RequestParam String start,
			@RequestParam String end, Locale locale, Model model, HttpServletResponse response) {
		Station station = visibleStation(code);
		access.requireEditRoster(signedIn.require(), station);
		List<Refusal.FieldError> problems = new ArrayList<>();
		Instant from = instant(start, "start", problems);
		Instant until = instant(end, "end", problems);
		if (officer.isBlank()) {
			problems.add(OrganizationRefusals.required("officer"));
		}
		try {
			Refusal.throwIfAny(problems);
			roster.add(code, officer, requireNonNull(from), requireNonNull(until));
			return "redirect:/organization/stations/" + code + "?added";
		}
		catch (Refusal refused) {
			// an overlapping shift names no field: it is the officer's time that is taken
			model.addAttribute("shiftErrors", fieldMessages(refused, "officer", locale, response));
		}
		model.addAttribute("shiftForm", new ShiftForm(officer, start, end));
		fill(model, station);
		return "organization/station";
	}

	@PostMapping("/organization/stations/{code}/shifts/{id}/delete")
	String removeShift(@PathVariable String code, @PathVariable long id) {
		Station station = visibleStation(code);
		access.requireEditRoster(signedIn.require(), station);
		roster.remove(code, id);
		return "redirect:/organization/stations/" + code + "?removed";
	}

	/** Under /admin, so the ADMIN role is enforced by the security configuration. */
	@PostMapping("/admin/organization/stations/{code}/grids")
	String assignGrid(@PathVariable String code, @RequestParam String gridCode, @RequestParam String officer,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			responsibilities.assign(gridCode, code, officer);
			redirect.addAttribute("assigned", gridCode.strip());
			return "redirect:/organization/stations/" + code;
		}
		catch (Refusal refused) {
			// a grid another station holds names no field: it is the grid code that is taken
			model.addAttribute("gridErrors", fieldMessages(refused, "gridCode", locale, response));
			model.addAttribute("gridForm", Map.of("gridCode", gridCode, "officer", officer));
		}
		return station(code, model);
	}

	/**
	 * A refusal of a form as each field's message in the reader's language, answered with the refusal's
	 * status; one that names no field is shown at {@code fieldOtherwise}. An unknown station, or one the
	 * reader may not change, is the whole page's answer instead.
	 */
	private Map<String, String> fieldMessages(Refusal refused, String fieldOtherwise, Locale locale,
			HttpServletResponse response) {
		if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.FORBIDDEN) {
			throw refused;
		}
		response.setStatus(refused.kind().status());
		return refused.fields().isEmpty() ? Map.of(fieldOtherwise, refusals.message(refused, locale))
				: refusals.fieldMessages(refused, locale);
	}

	private void fill(Model model, Station station) {
		CurrentUser user = signedIn.require();
		Instant now = clock.instant();
		model.addAttribute("station", station);
		model.addAttribute("squad", organization.squadOf(station.code()).orElse(null));
		model.addAttribute("officers", organization.officersOf(station.code()));
		model.addAttribute("grids", organization.responsibilitiesOf(station.code()));
		// the grids of the communities the station serves, to pick by name (the server still checks the code)
		model.addAttribute("gridChoices", station.communityCodes()
			.stream()
			.flatMap(community -> territory.gridsOf(community).stream())
			.toList());
		model.addAttribute("onDuty", organization.onDuty(station.code(), now));
		model.addAttribute("head",
				station.headOfficerCode() == null ? null : organization.officer(station.headOfficerCode()).orElse(null));
		model.addAttribute("days", roster(station.code(), now));
		model.addAttribute("canEditRoster", access.canEditRoster(user, station));
		model.addAttribute("isAdmin", user.has(Role.ADMIN));
		if (!model.containsAttribute("shiftErrors")) {
			model.addAttribute("shiftErrors", Map.of());
		}
		if (!model.containsAttribute("gridErrors")) {
			model.addAttribute("gridErrors", Map.of());
		}
	}

	private List<DayRoster> roster(String stationCode, Instant now) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<DayRoster> days = new ArrayList<>();
		for (int i = 0; i <= ROSTER_DAYS_SHOWN; i++) {
			LocalDate day = today.plusDays(i);
			boolean first = i == 0;
			Instant from = day.atStartOfDay(zone).toInstant();
			Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
			// A night shift is listed on the day it starts.
			List<ShiftRow> rows = roster.between(stationCode, from, to)
				.stream()
				.filter(s -> !s.start().isBefore(from) || first)
				.map(s -> new ShiftRow(s.id() == null ? 0 : s.id(), s.officerCode(), s.officerName(),
						(s.start().isBefore(from) ? DAY_TIME : TIME).format(s.start().atZone(zone)),
						(s.end().isAfter(to) ? DAY_TIME : TIME).format(s.end().atZone(zone)), s.covers(now)))
				.collect(Collectors.toList());
			days.add(new DayRoster(day, rows));
		}
		return days;
	}

	private Set<String> onDutyCodes(String stationCode, Instant now) {
		return organization.onDuty(stationCode, now).stream().map(OfficerOnDuty::code).collect(Collectors.toSet());
	}

	private Station visibleStation(String code) {
		Station station = organization.station(code).orElseThrow(() -> OrganizationRefusals.unknownStation(code));
		access.requireSee(signedIn.require(), station);
		return station;
	}

	private @Nullable Instant instant(String text, String field, List<Refusal.FieldError> problems) {
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(OrganizationRefusals.dateTime(field));
			return null;
		}
	}
}
