package org.steward.cases.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseCursor;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseFilter;
import org.steward.cases.CaseNumber;
import org.steward.cases.CasePage;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.cases.Cases;
import org.steward.catalog.Catalog;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;
import org.steward.organization.Station;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;
import org.steward.territory.GeoPoint;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff case pages: the filtered list (with a map), the command centre's queue, an officer's
 * task cards and a case's detail with one form per action the viewer may take now.
 */
@Controller
class CasePageController {

	static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.ACKNOWLEDGED,
			CaseStatus.ON_SITE, CaseStatus.HANDLED, CaseStatus.ESCALATED);

	static final int PAGE_SIZE = 20;

	/** A duplicate may be merged into an open case that is not yet handled. */
	static final Set<CaseStatus> MERGEABLE = EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.ACKNOWLEDGED,
			CaseStatus.ON_SITE, CaseStatus.ESCALATED);

	/**
	 * What went wrong with an action, for the form that sent it: the refusal's kind, the form field it
	 * names (if any) and its message in the reader's language, worded from its code.
	 */
	record Rejection(String action, String kind, @Nullable CaseStatus currentStatus, @Nullable String field,
			String message, boolean blocked) {
	}

	private final CaseQueries queries;

	private final CaseCommands commands;

	private final ZoneId zone;

	private final Organization organization;

	private final Cases cases;

	private final org.springframework.context.MessageSource messages;

	private final RefusalTexts refusals;

	private final Catalog catalog;

	private final TransferProperties transfer;

	CasePageController(CaseQueries queries, CaseCommands commands,
			StewardProperties steward, Organization organization, Cases cases,
			org.springframework.context.MessageSource messages, RefusalTexts refusals, Catalog catalog,
			TransferProperties transfer) {
		this.catalog = catalog;
		this.transfer = transfer;
		this.messages = messages;
		this.refusals = refusals;
		this.organization = organization;
		this.cases = cases;
		this.queries = queries;
		this.commands = commands;
		this.zone = steward.zone();
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

	/** Station names by code, so lists and details name the station rather than show its code. */
	@ModelAttribute("stationNames")
	Map<String, String> stationNames(Locale locale) {
		boolean english = english(locale);
		return organization.stations()
			.stream()
			.collect(Collectors.toMap(Station::code, s -> english ? s.nameEn() : s.nameZh()));
	}

	/** Timeline notes and escalation reasons in words, station codes as names. */
	@ModelAttribute("timelineNotes")
	TimelineNotes timelineNotes(Locale locale) {
		return new TimelineNotes(messages, locale, stationNames(locale), zone);
	}

	@ModelAttribute("english")
	boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	@GetMapping("/cases")
	String list(@RequestParam(required = false) @Nullable CaseStatus status,
			@RequestParam(required = false) @Nullable String station,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		String keyword = blankToNull(q);
		CaseCursor cursor;
		try {
			cursor = CaseCursor.of(after, before);
		}
		catch (Refusal ex) {
			// an address edited by hand: the first page of the same list
			cursor = null;
			page = 0;
		}
		CaseFilter filter = new CaseFilter(status == null ? Set.of() : Set.of(status), blankToNull(station),
				blankToNull(category), overdue, from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), false, null, keyword, cursor);
		CasePage result;
		try {
			result = queries.search(filter, user, Math.max(page, 0), PAGE_SIZE);
		}
		catch (Refusal ex) {
			if (ex.fields().isEmpty() || !"q".equals(ex.fields().getFirst().field())) {
				throw ex;
			}
			// a search text refused (too long, unprintable): said beside the search box, the list unsearched
			response.setStatus(ex.kind().status());
			model.addAttribute("qError", refusals.message(ex, locale));
			result = queries.search(filter.withoutKeyword(), user, 0, PAGE_SIZE);
		}
		model.addAttribute("result", result);
		model.addAttribute("queue", false);
		model.addAttribute("statuses", Arrays.asList(CaseStatus.values()));
		model.addAttribute("status", status);
		model.addAttribute("station", blankToNull(station));
		model.addAttribute("category", blankToNull(category));
		model.addAttribute("overdue", overdue);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("q", keyword);
		model.addAttribute("maxKeyword", CaseFilter.MAX_KEYWORD);
		// picked by name, not typed as codes: a typed "园田" found nothing (issue 11, item 5); only the
		// stations whose cases the viewer may see are worth offering
		model.addAttribute("stationList", organization.stations()
			.stream()
			.filter(st -> organization.jurisdictionOf(st.code()).map(user::canSee).orElse(false))
			.toList());
		model.addAttribute("categoryList", catalog.allCurrent());
		return "cases/list";
	}

	@GetMapping("/command/queue")
	String commandQueue(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		if (!user.has(Role.COMMAND_CENTRE) && !user.has(Role.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		CaseFilter filter = new CaseFilter(Set.of(), null, null, null, null, null, true, null);
		model.addAttribute("result", queries.search(filter, user, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("queue", true);
		model.addAttribute("statuses", Arrays.asList(CaseStatus.values()));
		return "cases/list";
	}

	/** An officer's own cases, and at a station the dispatched cases nobody has reported for yet. */
	@GetMapping("/my/tasks")
	String myTasks(CurrentUser user, Model model) {
		var mine = queries.search(new CaseFilter(OPEN, null, null, null, null, null, false, user.username()), user, 0,
				100).items();
		var waiting = user.scope() instanceof DataScope.Station station
				? queries.search(new CaseFilter(Set.of(CaseStatus.DISPATCHED), station.code(), null, null, null, null,
						false, null), user, 0, 100).items()
				: List.<org.steward.cases.CaseSummary>of();
		var mineNumbers = mine.stream().map(s -> s.caseNumber()).toList();
		model.addAttribute("mine", mine);
		model.addAttribute("waiting", waiting.stream().filter(s -> !mineNumbers.contains(s.caseNumber())).toList());
		// the station head verifies what the station handled
		model.addAttribute("toVerify", user.has(org.steward.identity.Role.STATION_HEAD)
				? queries.search(new CaseFilter(Set.of(CaseStatus.HANDLED), null, null, null, null, null, false, null),
						user, 0, 100).items()
				: List.<org.steward.cases.CaseSummary>of());
		model.addAttribute("verifies", user.has(org.steward.identity.Role.STATION_HEAD));
		return "cases/tasks";
	}

	@GetMapping("/cases/{number}")
	String detail(@PathVariable String number, CurrentUser user, Model model, Locale locale) {
		CaseDetail detail = load(number, user);
		model.addAttribute("detail", detail);
		model.addAttribute("fields", fieldsFor(detail.allowedActions()));
		model.addAttribute("mergeSuggestions", mergeSuggestions(detail));
		model.addAttribute("openWork", openWork(number, user, locale));
		addChoices(detail, user, model);
		return "cases/detail";
	}

	/**
	 * What the action forms offer to pick from instead of typing codes: stations with their active
	 * officers for a reassignment, open cases of the same category for a merge. The server still
	 * checks whatever is posted.
	 */
	private void addChoices(CaseDetail detail, CurrentUser user, Model model) {
		if (detail.allowedActions().contains(CaseAction.REASSIGN)) {
			model.addAttribute("reassignChoices", organization.stations()
				.stream()
				.map(st -> new StationChoice(st, organization.officersOf(st.code()).stream().filter(o -> o.active()).toList()))
				.toList());
		}
		if (detail.allowedActions().contains(CaseAction.TRANSFER)) {
			model.addAttribute("transferBodies", transfer.bodies());
		}
		if (detail.allowedActions().contains(CaseAction.MERGE)) {
			var s = detail.summary();
			model.addAttribute("mergeChoices", queries
				.search(new CaseFilter(MERGEABLE, null, s.categoryCode(), null, null, null, false, null), user, 0, 50)
				.items()
				.stream()
				.filter(c -> !c.caseNumber().equals(s.caseNumber()))
				.toList());
		}
	}

	/** A station and the officers a case may be reassigned to there. */
	record StationChoice(Station station, List<org.steward.organization.Officer> officers) {
	}

	/** Open work of other modules (e.g. departments' tasks) by the path of the action it blocks, in the reader's words. */
	private Map<String, List<String>> openWork(String number, CurrentUser user, Locale locale) {
		Map<String, List<String>> byPath = new java.util.HashMap<>();
		queries.openWork(caseNumber(number), user)
			.forEach((action, blockers) -> byPath.put(action.path(),
					blockers.stream().map(b -> refusals.text(b, locale)).toList()));
		return byPath;
	}

	/**
	 * Open cases of the same category within 50 m from the last 72 hours: the officer's merge
	 * suggestion, the counterpart of the "add your voice" offer a reporter sees.
	 */
	private List<Cases.NearbyCase> mergeSuggestions(CaseDetail detail) {
		if (!detail.allowedActions().contains(CaseAction.MERGE)) {
			return List.of();
		}
		var s = detail.summary();
		return cases.openNear(s.categoryCode(), new GeoPoint(s.lat(), s.lng()), 50, 72)
			.stream()
			.filter(n -> !n.caseNumber().equals(s.caseNumber()))
			.toList();
	}

	@PostMapping("/cases/{number}/actions/{action}")
	String act(@PathVariable String number, @PathVariable String action, ActionForm form, CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		CaseAction caseAction = actionOf(action);
		CaseNumber caseNumber = caseNumber(number);
		try {
			commands.act(caseNumber, caseAction, form.toRequest(), user);
		}
		catch (Refusal ex) {
			if (ex.kind() == Refusal.Kind.NOT_FOUND || ex.kind() == Refusal.Kind.FORBIDDEN) {
				throw ex; // the whole page answers, in the reader's language (PageErrors)
			}
			response.setStatus(ex.kind().status());
			CaseDetail detail = load(number, user);
			model.addAttribute("detail", detail);
			model.addAttribute("fields", fieldsFor(detail.allowedActions()));
			CaseStatus current = ex.properties().get("currentStatus") instanceof CaseStatus status ? status
					: detail.summary().status();
			String field = ex.fields().isEmpty() ? null : formField(ex.fields().getFirst().field());
			model.addAttribute("rejection", new Rejection(caseAction.path(), ex.kind().name(), current, field,
					refusals.message(ex, locale), ex.properties().containsKey("openWork")));
			model.addAttribute("openWork", openWork(number, user, locale));
			addChoices(detail, user, model);
			model.addAttribute("form", form);
			return "cases/detail";
		}
		redirect.addFlashAttribute("done", caseAction.path());
		return "redirect:/cases/" + caseNumber.value();
	}

	/** The form's field for a refused request field: both coordinates belong to the position input. */
	private static String formField(String field) {
		return switch (field) {
			case "lat", "lng", "location.lat", "location.lng" -> "location";
			default -> field;
		};
	}

	private CaseDetail load(String number, CurrentUser user) {
		return queries.detail(caseNumber(number), user);
	}

	/** The allowed actions in the enum's (lifecycle) order, each with its fields. */
	private static List<ActionView> fieldsFor(Set<CaseAction> allowed) {
		return Arrays.stream(CaseAction.values())
			.filter(allowed::contains)
			.map(a -> new ActionView(a.path(), ActionFields.of(a)))
			.toList();
	}

	/** One action form: its path name and its fields. */
	record ActionView(String path, List<ActionFields.Field> fields) {

		public boolean hasField(@Nullable String name) {
			return fields.stream().anyMatch(f -> f.name().equals(name));
		}
	}

	private static CaseAction actionOf(String path) {
		return Arrays.stream(CaseAction.values())
			.filter(a -> a.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static CaseNumber caseNumber(String number) {
		if (!CaseNumber.isValid(number)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new CaseNumber(number);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
