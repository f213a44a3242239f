package org.steward.patrol;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
import org.steward.catalog.Catalog;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

/**
 * Early signs (违建苗头) with their visits, and warnings (recurrence, Gi* hotspots) as a list and a map for
 * station heads and the command centre, who turn a warning into a proactive case or dismiss it.
 */
@Controller
class WarningPageController {

	private final EarlySigns signs;

	private final Warnings warnings;

	private final Catalog catalog;

	private final Clock clock;

	private final ZoneId zone;

	WarningPageController(EarlySigns signs, Warnings warnings, Catalog catalog, Clock clock, StewardProperties steward) {
		this.signs = signs;
		this.warnings = warnings;
		this.catalog = catalog;
		this.clock = clock;
		this.zone = steward.zone();
	}

	// ------------------------------------------------------------------ early signs

	@GetMapping("/patrols/signs")
	String signs(CurrentUser user, Model model) {
		model.addAttribute("signs", signs.visibleTo(user));
		model.addAttribute("kinds", EarlySigns.Kind.values());
		model.addAttribute("mayRecord", user.has(Role.OFFICER) || user.has(Role.STATION_HEAD));
		model.addAttribute("zone", zone);
		return "patrol/signs";
	}

	@PostMapping("/patrols/signs")
	String recordSign(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lng,
			@RequestParam(required = false) @Nullable String address,
			@RequestParam(required = false) @Nullable String party,
			@RequestParam(required = false) @Nullable String description, CurrentUser user) {
		EarlySigns.Sign sign = signs.record(user, new EarlySigns.SignInput(kind, lat, lng, address, party, description));
		return "redirect:/patrols/signs/" + sign.id();
	}

	@GetMapping("/patrols/signs/{id}")
	String sign(@PathVariable long id, CurrentUser user, Model model) {
		EarlySigns.Sign sign = signs.read(id, user);
		model.addAttribute("sign", sign);
		model.addAttribute("visits", signs.visits(id));
		model.addAttribute("outcomes", EarlySigns.Outcome.values());
		model.addAttribute("mayAct", sign.open() && (user.has(Role.OFFICER) || user.has(Role.STATION_HEAD)));
		model.addAttribute("zone", zone);
		return "patrol/sign";
	}

	@PostMapping("/patrols/signs/{id}/visits")
	String visit(@PathVariable long id, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String note, CurrentUser user) {
		signs.visit(id, user, outcome, note);
		return "redirect:/patrols/signs/" + id;
	}

	@PostMapping("/patrols/signs/{id}/close")
	String closeSign(@PathVariable long id, @RequestParam(required = false) @Nullable String note, CurrentUser user) {
		signs.close(id, user, note);
		return "redirect:/patrols/signs/" + id;
	}

	@PostMapping("/patrols/signs/{id}/case")
	String signToCase(@PathVariable long id, CurrentUser user) {
		signs.toCase(id, user);
		return "redirect:/patrols/signs/" + id;
	}

	// ------------------------------------------------------------------ warnings

	@GetMapping("/patrols/warnings")
	String warnings(@RequestParam(required = false) @Nullable String status, CurrentUser user, Model model,
			Locale locale) {
		Warnings.Status chosen = null;
		if (status != null && !status.isBlank()) {
			try {
				chosen = Warnings.Status.valueOf(status);
			}
			catch (IllegalArgumentException unknown) {
				chosen = null;
			}
		}
		model.addAttribute("warnings", warnings.visibleTo(user, chosen));
		model.addAttribute("status", chosen == null ? "" : chosen.name());
		model.addAttribute("statuses", Warnings.Status.values());
		model.addAttribute("categoryNames", categoryNames(locale));
		model.addAttribute("mayDetect", user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN));
		model.addAttribute("lastWeek", LocalDate.now(clock.withZone(zone))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1));
		model.addAttribute("zone", zone);
		return "patrol/warnings";
	}

	@GetMapping("/patrols/warnings/{id}")
	String warning(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
		Warnings.Warning warning = warnings.read(id, user);
		model.addAttribute("warning", warning);
		model.addAttribute("categoryNames", categoryNames(locale));
		model.addAttribute("mayAct", warning.status() == Warnings.Status.OPEN && (user.has(Role.STATION_HEAD)
				|| user.has(Role.SQUAD_LEADER) || user.has(Role.COMMAND_CENTRE)));
		model.addAttribute("zone", zone);
		return "patrol/warning";
	}

	@PostMapping("/patrols/warnings/{id}/case")
	String warningToCase(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
			CurrentUser user, Locale locale) {
		warnings.toCase(id, user, note, locale);
		return "redirect:/patrols/warnings/" + id;
	}

	@PostMapping("/patrols/warnings/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam(required = false) @Nullable String note, CurrentUser user) {
		warnings.dismiss(id, user, note);
		return "redirect:/patrols/warnings/" + id;
	}

	/** The command centre runs the Gi* analysis of a week on demand (it also runs every Monday). */
	@PostMapping("/patrols/warnings/hotspots")
	String detect(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, CurrentUser user,
			RedirectAttributes redirect) {
		if (!(user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN))) {
			throw PatrolRefusals.mayNotActOnWarnings();
		}
		int raised = warnings.detectHotspots(week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).size();
		redirect.addFlashAttribute("raised", raised);
		return "redirect:/patrols/warnings";
	}

	private Map<String, String> categoryNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		catalog.allCurrent().forEach(r -> names.put(r.code(), r.name(locale)));
		return names;
	}
}
