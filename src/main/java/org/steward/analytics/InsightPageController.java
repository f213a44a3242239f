package org.steward.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	InsightPageController(AnalyticsPageController pages, Savings savings, Problems problems, Labels labels,
			MessageSource messages) {
		this.messages = messages;
		this.pages = pages;
		this.savings = savings;
		this.problems = problems;
		this.labels = labels;
	}

	@GetMapping("/analytics/savings")
	String savings(CurrentUser user, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale, Model model) {
		AnalyticsScope scope = pages.scopeOf(user);
		Period p = Period.parse(period == null ? "CUSTOM" : period, date,
				from == null && period == null ? pages.today().minusDays(364).toString() : from,
				to == null && period == null ? pages.today().toString() : to, pages.today());
		pages.periodModel(model, p);
		List<Savings.Group> routes = savings.byRoute(p, scope);
		model.addAttribute("routes", routes);
		model.addAttribute("savingsChart", chart(routes, locale));
		model.addAttribute("openings", savings.byOpening(p, scope));
		model.addAttribute("stationNames", labels.of(Dimension.STATION, locale));
		model.addAttribute("steps", Savings.Step.values());
		return "analytics/savings";
	}

	/** The route medians and 90th percentiles as plain data for the chart script. */
	Map<String, Object> chart(List<Savings.Group> routes, Locale locale) {
		List<Map<String, Object>> groups = new ArrayList<>();
		for (Savings.Group g : routes) {
			List<Map<String, Object>> stats = new ArrayList<>();
			for (Savings.Stat st : g.stats()) {
				Map<String, Object> stat = new HashMap<>();
				stat.put("median", st.median());
				stat.put("p90", st.p90());
				stats.add(stat);
			}
			groups.add(Map.of("name", g.name(), "stats", stats));
		}
		List<String> steps = new ArrayList<>();
		for (Savings.Step step : Savings.Step.values()) {
			steps.add(messages.getMessage("analytics.savings.step." + step, null, locale));
		}
		return Map.of("groups", groups, "steps", steps, "axis", messages.getMessage("analytics.savings.axis", null, locale),
				"names", Map.of("DIRECT", messages.getMessage("analytics.savings.DIRECT", null, locale), "COMMAND_CENTRE",
						messages.getMessage("analytics.savings.COMMAND_CENTRE", null, locale)));
	}

	@GetMapping("/analytics/problems")
	String problems(CurrentUser user, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale, Model model) {
		AnalyticsScope scope = pages.scopeOf(user);
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
