package org.steward.analytics;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.identity.CurrentUser;

/** The direct-route savings (S3) and the prominent problems (S14) pages. */
@Controller
class InsightPageController {

	private final AnalyticsPageController pages;

	private final Savings savings;

	private final Problems problems;

	private final Labels labels;

	InsightPageController(AnalyticsPageController pages, Savings savings, Problems problems, Labels labels) {
		this.pages = pages;
		this.savings = savings;
		this.problems = problems;
		this.labels = labels;
	}

	@GetMapping("/analytics/savings")
	String savings(CurrentUser user, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale, Model model) {
		AnalyticsScope scope = AnalyticsScope.of(user);
		Period p = Period.parse(period == null ? "CUSTOM" : period, date,
				from == null && period == null ? pages.today().minusDays(364).toString() : from,
				to == null && period == null ? pages.today().toString() : to, pages.today());
		pages.periodModel(model, p);
		model.addAttribute("routes", savings.byRoute(p, scope));
		model.addAttribute("openings", savings.byOpening(p, scope));
		model.addAttribute("stationNames", labels.of(Dimension.STATION, locale));
		model.addAttribute("steps", Savings.Step.values());
		return "analytics/savings";
	}

	@GetMapping("/analytics/problems")
	String problems(CurrentUser user, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale, Model model) {
		AnalyticsScope scope = AnalyticsScope.of(user);
		Period p = Period.parse(period, date, from, to, pages.today());
		pages.periodModel(model, p);
		model.addAttribute("categories", problems.top(p, Dimension.CATEGORY, scope, locale));
		model.addAttribute("grids", problems.top(p, Dimension.GRID, scope, locale));
		model.addAttribute("weekly", problems.weekly(p, scope, locale));
		model.addAttribute("perGrid", problems.perGrid(p, scope));
		model.addAttribute("recurring", problems.recurring(p, scope));
		model.addAttribute("registered", Counter.REGISTERED);
		return "analytics/problems";
	}
}
