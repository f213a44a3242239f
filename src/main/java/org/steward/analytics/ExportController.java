package org.steward.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.identity.CurrentUser;

/**
 * Exports of the indicator table, the league table and the cases behind any number, as Excel
 * (streamed) or CSV, with the same scope checks and the same numbers as the pages.
 */
@Controller
class ExportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final AnalyticsPageController pages;

	private final Indicators indicators;

	private final Scorecards scorecards;

	private final MessageSource messages;

	private final FactStore store;

	private final MonthlyReport report;

	ExportController(AnalyticsPageController pages, Indicators indicators, Scorecards scorecards,
			MessageSource messages, FactStore store, MonthlyReport report) {
		this.report = report;
		this.pages = pages;
		this.indicators = indicators;
		this.scorecards = scorecards;
		this.messages = messages;
		this.store = store;
	}

	@GetMapping("/analytics/export/{table}.{format}")
	void export(CurrentUser user, @PathVariable String table, @PathVariable String format,
			@RequestParam(required = false) @Nullable String period, @RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String group, @RequestParam(required = false) @Nullable String counter,
			@RequestParam(defaultValue = "*") String value, Locale locale, HttpServletResponse response)
			throws IOException {
		AnalyticsScope scope = pages.scopeOf(user);
		if (!"xlsx".equals(format) && !"csv".equals(format)) {
			throw AnalyticsRefusals.unknownName("format");
		}
		Period p = Period.parse(period, date, from, to, pages.today());
		List<String> header = new ArrayList<>();
		Consumer<Consumer<List<@Nullable Object>>> body;
		switch (table) {
			case "indicators" -> {
				Dimension dim = AnalyticsPageController.dimension(group, AnalyticsPageController.defaultGroup(scope));
				header.add(msg("analytics.dim." + dim, locale));
				header.add(msg("analytics.export.code", locale));
				for (Counter c : Counter.values()) {
					header.add(msg("analytics.counter." + c, locale));
				}
				for (Indicator ind : Indicator.values()) {
					if (ind.isRate()) {
						header.add(msg("analytics.indicator." + ind, locale) + " (%)");
					}
				}
				List<IndicatorRow> rows = indicators.table(p, dim, scope, locale);
				body = sink -> rows.forEach(r -> sink.accept(indicatorRow(r.label(), r)));
			}
			case "league" -> {
				Dimension dim = AnalyticsPageController.dimension(group,
						scope.isDistrict() ? Dimension.SQUAD : Dimension.STATION);
				header.addAll(List.of(msg("analytics.league.rank", locale), msg("analytics.dim." + dim, locale),
						msg("analytics.export.code", locale), msg("analytics.league.score", locale),
						msg("analytics.league.grade", locale), msg("analytics.league.threeRates", locale)));
				for (Counter c : Counter.values()) {
					header.add(msg("analytics.counter." + c, locale));
				}
				List<Scorecards.Scorecard> cards = scorecards.league(p, dim, scope, locale);
				body = sink -> cards.forEach(c -> {
					List<@Nullable Object> row = new ArrayList<>(List.of(c.rank(), c.row().label(), c.row().value()));
					row.add(c.performance());
					row.add(c.grade());
					row.add(c.threeRates());
					for (Counter counter2 : Counter.values()) {
						row.add(c.row().count(counter2));
					}
					sink.accept(row);
				});
			}
			case "cases" -> {
				Counter c = AnalyticsPageController.counter(counter == null ? "REGISTERED" : counter);
				Dimension dim = AnalyticsPageController.dimension(group, Dimension.DISTRICT);
				if (value.length() > 100) {
					throw AnalyticsRefusals.textLength("value", 100);
				}
				for (String key : List.of("number", "source", "registered", "category", "squad", "station", "community",
						"grid", "department", "officer", "status", "handleBy", "closed", "route", "rating", "address")) {
					header.add(msg("analytics.export.case." + key, locale));
				}
				DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(store.zone());
				boolean en = "en".equals(locale.getLanguage());
				body = sink -> indicators.eachCase(p, c, dim, value, scope, f -> {
					List<@Nullable Object> row = new ArrayList<>();
					row.add(f.caseNumber());
					row.add(f.source().name());
					row.add(time.format(f.registeredAt()));
					row.add(en ? f.categoryNameEn() : f.categoryNameZh());
					row.add(f.squadCode());
					row.add(f.stationCode());
					row.add(f.communityCode());
					row.add(f.gridCode());
					row.add(f.department());
					row.add(f.officer());
					row.add(f.status());
					row.add(f.handleBy() == null ? null : time.format(f.handleBy()));
					row.add(f.lastClosedAt() == null || !f.isClosed() ? null : time.format(f.lastClosedAt()));
					row.add(f.viaCommandCentre() ? "COMMAND_CENTRE" : "DIRECT");
					row.add(f.rating());
					row.add(f.address());
					sink.accept(row);
				});
			}
			default -> throw AnalyticsRefusals.unknownName("table");
		}
		String file = "steward-" + table + "-" + p.from() + "_" + p.to() + "." + format;
		response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
		response.setContentType("xlsx".equals(format) ? XLSX : "text/csv;charset=UTF-8");
		OutputStream out = response.getOutputStream();
		if ("xlsx".equals(format)) {
			Sheet.xlsx(out, table, header, body);
		}
		else {
			Sheet.csv(out, header, body);
		}
		out.flush();
	}

	@GetMapping("/analytics/report.pdf")
	void report(CurrentUser user, @RequestParam(required = false) @Nullable String date, Locale locale,
			HttpServletResponse response) throws IOException {
		AnalyticsScope scope = pages.scopeOf(user);
		Period month = Period.parse("MONTH", date, null, null, pages.today());
		byte[] pdf = report.render(month.from(), scope, locale);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition",
				"inline; filename=\"steward-report-" + month.from().toString().substring(0, 7) + ".pdf\"");
		response.getOutputStream().write(pdf);
	}

	private static List<@Nullable Object> indicatorRow(String label, IndicatorRow r) {
		List<@Nullable Object> row = new ArrayList<>(List.of(label, r.value()));
		for (Counter c : Counter.values()) {
			row.add(r.count(c));
		}
		for (Indicator ind : Indicator.values()) {
			if (ind.isRate()) {
				row.add(r.percent(ind));
			}
		}
		return row;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
