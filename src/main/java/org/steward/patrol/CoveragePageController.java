package org.steward.patrol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.organization.Station;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Grid coverage of a station over a period (days in the district's zone, both ends included): each grid's
 * class, required and actual patrols, the coverage rate, a map coloured by time since the last patrol, and
 * the officers' patrol quality. Administrators and the station's head change a grid's class here.
 */
@Controller
class CoveragePageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GridCoverage coverage;

	private final PatrolQuality quality;

	private final PatrolScope scope;

	private final Clock clock;

	private final ZoneId zone;

	CoveragePageController(GridCoverage coverage, PatrolQuality quality, PatrolScope scope, Clock clock,
			StewardProperties steward) {
		this.coverage = coverage;
		this.quality = quality;
		this.scope = scope;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@GetMapping("/patrols/coverage")
	String coverage(@RequestParam(required = false) @Nullable String station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			CurrentUser user, Model model, Locale locale) {
		List<Station> stations = scope.visibleStations(user);
		String chosen = station != null ? station
				: user.scope() instanceof DataScope.Station(String own) ? own
						: stations.isEmpty() ? null : stations.get(0).code();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate first = from == null ? today : from;
		LocalDate last = to == null ? first : to;
		Instant start = first.atStartOfDay(zone).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
		model.addAttribute("stations", stations);
		model.addAttribute("station", chosen);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("classes", ManagementClass.values());
		model.addAttribute("zone", zone);
		if (chosen != null) {
			GridCoverage.Report report = coverage.ofStation(chosen, start, end, user);
			model.addAttribute("report", report);
			model.addAttribute("quality", quality.ofStation(chosen, start, end));
			model.addAttribute("mayClassify", scope.headsOrAdministers(user, chosen));
			model.addAttribute("mapData", mapData(report, clock.instant()));
		}
		return "patrol/coverage";
	}

	@PostMapping("/patrols/coverage/grids/{grid}/class")
	String classify(@PathVariable String grid, @RequestParam String managementClass,
			@RequestParam(required = false) @Nullable String station, CurrentUser user, RedirectAttributes redirect) {
		coverage.classify(grid, managementClass, user);
		redirect.addFlashAttribute("classified", grid);
		return "redirect:/patrols/coverage" + (station == null ? "" : "?station=" + station);
	}

	/** Hours since each grid's last patrol (null for never), for the map's colours. */
	private static String mapData(GridCoverage.Report report, Instant now) {
		ObjectNode data = JSON.createObjectNode();
		for (GridCoverage.GridRow row : report.grids()) {
			if (row.lastPatrol() == null) {
				data.putNull(row.code());
			}
			else {
				data.put(row.code(), Duration.between(row.lastPatrol(), now).toMinutes() / 60.0);
			}
		}
		return JSON.writeValueAsString(data);
	}
}
