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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
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

	/** Longer than any id this node makes ({@code <case number>@<version>}); a longer one is simply not found. */
	private static final int EVENT_ID_LENGTH = 100;

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
		// the stream's position is taken before the rows are read: what changes in between is replayed
		model.addAttribute("streamUrl", streamUrl("/boards/stations/" + code + "/stream", BoardEmitters.station(code)));
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
		model.addAttribute("streamUrl", streamUrl("/boards/squads/" + code + "/stream", BoardEmitters.squad(code)));
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
	SseEmitter squadStream(@PathVariable String code, CurrentUser user, Locale locale,
			@RequestHeader(name = "Last-Event-ID", required = false) @org.jspecify.annotations.Nullable String lastEventId,
			@RequestParam(name = "lastEventId", required = false) @org.jspecify.annotations.Nullable String seen) {
		visibleSquad(code, user);
		return emitters.subscribe(BoardEmitters.squad(code), locale, since(lastEventId, seen));
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
		model.addAttribute("streamUrl", streamUrl("/boards/command/stream", BoardEmitters.COMMAND));
		model.addAttribute("rows", rows(filter, user, locale));
		return "notification/board";
	}

	@GetMapping(path = "/boards/stations/{code}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stationStream(@PathVariable String code, CurrentUser user, Locale locale,
			@RequestHeader(name = "Last-Event-ID", required = false) @org.jspecify.annotations.Nullable String lastEventId,
			@RequestParam(name = "lastEventId", required = false) @org.jspecify.annotations.Nullable String seen) {
		visibleStation(code, user);
		return emitters.subscribe(BoardEmitters.station(code), locale, since(lastEventId, seen));
	}

	@GetMapping(path = "/boards/command/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter commandStream(CurrentUser user, Locale locale,
			@RequestHeader(name = "Last-Event-ID", required = false) @org.jspecify.annotations.Nullable String lastEventId,
			@RequestParam(name = "lastEventId", required = false) @org.jspecify.annotations.Nullable String seen) {
		requireCommandCentre(user);
		return emitters.subscribe(BoardEmitters.COMMAND, locale, since(lastEventId, seen));
	}

	@ModelAttribute("stationNames")
	java.util.Map<String, String> stationNames(Locale locale) {
		return BoardRows.stationNames(organization, locale);
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

	/** The stream's address, asking to be replayed what the board records after the page was drawn. */
	private String streamUrl(String path, String board) {
		String latest = emitters.latestEventId(board);
		return latest == null ? path
				: org.springframework.web.util.UriComponentsBuilder.fromPath(path)
					.queryParam("lastEventId", latest)
					.encode()
					.build()
					.toUriString();
	}

	/**
	 * The last event the client saw: the browser's own {@code Last-Event-ID} when it reconnects by itself
	 * (newer than the address it was opened with), else the one the page put in the address.
	 */
	private static @org.jspecify.annotations.Nullable String since(@org.jspecify.annotations.Nullable String header,
			@org.jspecify.annotations.Nullable String query) {
		String id = header != null && !header.isBlank() ? header : query;
		if (id == null || id.isBlank()) {
			return null;
		}
		// an id this long was never made here: cut, it is not found, so the client re-renders
		return id.length() > EVENT_ID_LENGTH ? id.substring(0, EVENT_ID_LENGTH + 1) : id.strip();
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
