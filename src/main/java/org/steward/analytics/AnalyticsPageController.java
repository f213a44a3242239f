package org.steward.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.identity.CurrentUser;
import org.steward.organization.Organization;

/**
 * The indicator table, the cases behind any of its numbers, the league table with its trend, and
 * the side-by-side comparison of squads, stations or departments.
 */
@Controller
class AnalyticsPageController {

	static final int PAGE = 200;

	private final Indicators indicators;

	private final Scorecards scorecards;

	private final Labels labels;

	private final Clock clock;

	private final FactStore store;

	private final RollupRebuild rebuild;

	private final MessageSource messages;

	private final Organization organization;

	AnalyticsPageController(Indicators indicators, Scorecards scorecards, Labels labels, Clock clock, FactStore store,
			RollupRebuild rebuild, MessageSource messages, Organization organization) {
		this.messages = messages;
		this.organization = organization;
		this.indicators = indicators;
		this.scorecards = scorecards;
		this.labels = labels;
		this.clock = clock;
		this.store = store;
		this.rebuild = rebuild;
	}

	/** The caller's scope (its district read through the district's squads); refuses other roles. */
	AnalyticsScope scopeOf(CurrentUser user) {
		return AnalyticsScope.of(user, organization);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), store.zone());
	}

	static Dimension dimension(@Nullable String name, Dimension fallback) {
		if (name == null || name.isBlank()) {
			return fallback;
		}
		try {
			return Dimension.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw AnalyticsRefusals.unknownName("group");
		}
	}

	static Dimension defaultGroup(AnalyticsScope scope) {
		return switch (scope) {
			case AnalyticsScope.District d -> Dimension.SQUAD;
			case AnalyticsScope.Squad s -> Dimension.STATION;
			case AnalyticsScope.Station s -> Dimension.CATEGORY;
		};
	}

	void periodModel(Model model, Period period) {
		model.addAttribute("period", period);
		model.addAttribute("kinds", Period.Kind.values());
		model.addAttribute("links", new Links(period));
		model.addAttribute("zone", store.zone());
	}

	@GetMapping("/analytics")
	String indicators(CurrentUser user, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String group,
			Locale locale, Model model) {
		AnalyticsScope scope = scopeOf(user);
		Period p = Period.parse(period, date, from, to, today());
		Dimension dim = dimension(group, defaultGroup(scope));
		periodModel(model, p);
		model.addAttribute("group", dim);
		model.addAttribute("groups", Dimension.values());
		model.addAttribute("rows", indicators.table(p, dim, scope, locale));
		model.addAttribute("total", indicators.total(p, scope, locale));
		model.addAttribute("indicators", Indicator.values());
		return "analytics/indicators";
	}

	@GetMapping("/analytics/cases")
	String cases(CurrentUser user, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam String counter,
			@RequestParam(required = false) @Nullable String group, @RequestParam(defaultValue = "*") String value,
			@RequestParam(defaultValue = "0") int offset, Locale locale, Model model) {
		AnalyticsScope scope = scopeOf(user);
		Period p = Period.parse(period, date, from, to, today());
		Dimension dim = dimension(group, Dimension.DISTRICT);
		Counter c = counter(counter);
		if (value.length() > 100) {
			throw AnalyticsRefusals.textLength("value", 100);
		}
		periodModel(model, p);
		model.addAttribute("counter", c);
		model.addAttribute("group", dim);
		model.addAttribute("value", value);
		model.addAttribute("valueLabel", "*".equals(value) ? "*" : labels.label(dim, value, locale));
		model.addAttribute("list", indicators.cases(p, c, dim, value, scope, Math.max(0, offset), PAGE));
		model.addAttribute("pageSize", PAGE);
		return "analytics/cases";
	}

	static Counter counter(String name) {
		try {
			return Counter.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw AnalyticsRefusals.unknownName("counter");
		}
	}

	@GetMapping("/analytics/league")
	String league(CurrentUser user, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String group,
			Locale locale, Model model) {
		AnalyticsScope scope = scopeOf(user);
		Period p = Period.parse(period, date, from, to, today());
		Dimension dim = dimension(group, scope.isDistrict() ? Dimension.SQUAD : Dimension.STATION);
		if (dim != Dimension.SQUAD && dim != Dimension.STATION && dim != Dimension.DEPARTMENT) {
			throw AnalyticsRefusals.unknownName("group");
		}
		periodModel(model, p);
		model.addAttribute("group", dim);
		model.addAttribute("cards", scorecards.league(p, dim, scope, locale));
		model.addAttribute("settings", scorecards.settings());
		model.addAttribute("leagueIndicators",
				List.of(Indicator.REGISTERED, Indicator.HANDLING_RATE, Indicator.CLOSED_ON_TIME_RATE));
		model.addAttribute("trend", trend(p, dim, scope, locale));
		return "analytics/league";
	}

	/** Performance scores of the last six periods of the same kind (months by default), oldest first. */
	Map<String, Object> trend(Period p, Dimension dim, AnalyticsScope scope, Locale locale) {
		List<Period> periods = new ArrayList<>();
		Period at = p.kind() == Period.Kind.CUSTOM || p.kind() == Period.Kind.DAY ? Period.of(Period.Kind.MONTH, p.from())
				: p;
		for (int i = 0; i < 6; i++) {
			periods.add(0, at);
			at = at.previous();
		}
		Map<String, List<@Nullable Double>> series = new LinkedHashMap<>();
		for (int i = 0; i < periods.size(); i++) {
			for (Scorecards.Scorecard card : scorecards.league(periods.get(i), dim, scope, locale)) {
				List<@Nullable Double> values = series.computeIfAbsent(card.row().label(), k -> {
					List<@Nullable Double> empty = new ArrayList<>();
					for (int j = 0; j < periods.size(); j++) {
						empty.add(null);
					}
					return empty;
				});
				values.set(i, card.performance());
			}
		}
		return Map.of("periods", periods.stream().map(x -> x.from().toString().substring(0, 7)).toList(), "series",
				series);
	}

	@GetMapping("/analytics/compare")
	String compare(CurrentUser user, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String group,
			@RequestParam(name = "code", required = false) @Nullable List<String> codes, Locale locale, Model model) {
		AnalyticsScope scope = scopeOf(user);
		Period p = Period.parse(period, date, from, to, today());
		Dimension dim = dimension(group, Dimension.SQUAD);
		List<String> chosen = codes == null ? List.of() : codes.stream().distinct().limit(8).toList();
		List<Scorecards.Scorecard> cards = new ArrayList<>();
		for (Scorecards.Scorecard card : scorecards.league(p, dim, scope, locale)) {
			if (chosen.contains(card.row().value())) {
				cards.add(card);
			}
		}
		periodModel(model, p);
		model.addAttribute("group", dim);
		model.addAttribute("cards", cards);
		model.addAttribute("indicators", Indicator.values());
		model.addAttribute("radar", radar(cards, locale));
		return "analytics/compare";
	}

	/** The rates of the chosen groups for the radar chart, in per cent (0 when nothing was due). */
	Map<String, Object> radar(List<Scorecards.Scorecard> cards, Locale locale) {
		List<String> names = new ArrayList<>();
		List<Indicator> rates = new ArrayList<>();
		for (Indicator ind : Indicator.values()) {
			if (ind.isRate()) {
				rates.add(ind);
				names.add(messages.getMessage("analytics.indicator." + ind, null, locale));
			}
		}
		List<Map<String, Object>> series = new ArrayList<>();
		for (Scorecards.Scorecard card : cards) {
			List<Double> values = new ArrayList<>();
			for (Indicator ind : rates) {
				var p = ind.percent(card.row().counters());
				values.add(p == null ? 0 : p.doubleValue());
			}
			series.add(Map.of("name", card.row().label(), "value", values));
		}
		return Map.of("indicators", names, "series", series);
	}

	@PostMapping("/admin/analytics/rebuild")
	String rebuildAll(CurrentUser user, RedirectAttributes redirect) {
		scopeOf(user);
		redirect.addFlashAttribute("rebuilt", rebuild.rebuild());
		return "redirect:/analytics";
	}
}
