package org.steward.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.steward.StewardProperties;
import org.steward.cases.CaseFilter;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;
import org.steward.organization.Station;

/**
 * Live boards: a station's open cases and the command centre's whole district, each a page
 * whose rows are then kept current by a server-sent event stream.
 */
@Controller
class BoardPageController {

	static final EnumSet<CaseStatus> OPEN = EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.ACKNOWLEDGED,
			CaseStatus.ON_SITE, CaseStatus.HANDLED, CaseStatus.ESCALATED);

	private static final int ROWS = 200;

	private final Organization organization;

	private final CaseQueries queries;

	private final BoardEmitters emitters;

	private final Clock clock;

	private final ZoneId zone;

	BoardPageController(Organization organization, CaseQueries queries,
			BoardEmitters emitters, Clock clock, StewardProperties steward) {
		this.zone = steward.zone();
		this.organization = organization;
		this.queries = queries;
		this.emitters = emitters;
		this.clock = clock;
	}

	/** The signed-in user's own board: their station, or the command board. */
	@GetMapping("/boards")
	String myBoard(CurrentUser user) {
		if (commandCentre(user)) {
			return "redirect:/boards/command";
		}
		return switch (user.scope()) {
			case DataScope.Station s -> "redirect:/boards/stations/" + s.code();
			// the squad leader watches every station of the squad on one board
			case DataScope.Squad s -> "redirect:/boards/squads/" + s.code();
			case DataScope.Community c -> organization.stationForCommunity(c.code())
				.map(st -> "redirect:/boards/stations/" + st.code())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	@GetMapping("/boards/stations/{code}")
	String stationBoard(@PathVariable String code, CurrentUser user, Locale locale, Model model) {
		Station station = visibleStation(code, user);
		CaseFilter filter = new CaseFilter(OPEN, code, null, null, null, null, false, null);
		model.addAttribute("station", station);
		model.addAttribute("english", "en".equals(locale.getLanguage()));
		model.addAttribute("streamUrl", "/boards/stations/" + code + "/stream");
		model.addAttribute("rows", rows(filter, user, locale));
		return "notification/board";
	}

	/** Every open case of the squad's stations, for a viewer whose scope covers the squad. */
	@GetMapping("/boards/squads/{code}")
	String squadBoard(@PathVariable String code, CurrentUser user, Locale locale, Model model) {
		org.steward.organization.Squad squad = visibleSquad(code, user);
		model.addAttribute("station", null);
		model.addAttribute("squad", squad);
		model.addAttribute("english", "en".equals(locale.getLanguage()));
		model.addAttribute("streamUrl", "/boards/squads/" + code + "/stream");
		CaseFilter filter = new CaseFilter(OPEN, null, null, null, null, null, false, null);
		model.addAttribute("rows", queries.search(filter, user, 0, ROWS)
			.items()
			.stream()
			.filter(s -> code.equals(s.squadCode()))
			.map(s -> BoardRow.of(s, locale, clock))
			.toList());
		return "notification/board";
	}

	@GetMapping(path = "/boards/squads/{code}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter squadStream(@PathVariable String code, CurrentUser user, Locale locale) {
		visibleSquad(code, user);
		return emitters.subscribe(BoardEmitters.squad(code), locale);
	}

	private org.steward.organization.Squad visibleSquad(String code, CurrentUser user) {
		org.steward.organization.Squad squad = organization.squads()
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean visible = commandCentre(user) || (user.scope() instanceof DataScope.Squad s && s.code().equals(code))
				|| user.scope() instanceof DataScope.District;
		if (!visible) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return squad;
	}

	@GetMapping("/boards/command")
	String commandBoard(CurrentUser user, Locale locale, Model model) {
		requireCommandCentre(user);
		CaseFilter filter = new CaseFilter(OPEN, null, null, null, null, null, false, null);
		model.addAttribute("station", null);
		model.addAttribute("streamUrl", "/boards/command/stream");
		model.addAttribute("rows", rows(filter, user, locale));
		return "notification/board";
	}

	@GetMapping(path = "/boards/stations/{code}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stationStream(@PathVariable String code, CurrentUser user, Locale locale) {
		visibleStation(code, user);
		return emitters.subscribe(BoardEmitters.station(code), locale);
	}

	@GetMapping(path = "/boards/command/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter commandStream(CurrentUser user, Locale locale) {
		requireCommandCentre(user);
		return emitters.subscribe(BoardEmitters.COMMAND, locale);
	}

	@ModelAttribute("stationNames")
	java.util.Map<String, String> stationNames(Locale locale) {
		return BoardRows.stationNames(organization, locale);
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

	private List<BoardRow> rows(CaseFilter filter, CurrentUser user, Locale locale) {
		return queries.search(filter, user, 0, ROWS).items().stream().map(s -> BoardRow.of(s, locale, clock)).toList();
	}

	private Station visibleStation(String code, CurrentUser user) {
		Station station = organization.station(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean visible = organization.jurisdictionOf(code).map(user::canSee).orElse(false);
		if (!visible) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return station;
	}

	private static void requireCommandCentre(CurrentUser user) {
		if (!commandCentre(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static boolean commandCentre(CurrentUser user) {
		return user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN);
	}
}
