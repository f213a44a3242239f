package org.steward.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Weighted scores and grades (一队一品): the performance score of DOMAIN-FACTS (处置率 30, 按期处置率
 * 20, 1−返工率 20, 1−超期率 20, 1−延期率 10) and the 三率 score (响应率 30, 解决率 35, 满意率 35),
 * weights and grade bands from {@link AnalyticsProperties}.
 */
@Component
class Scorecards {

	private final Indicators indicators;

	private final AnalyticsProperties settings;

	Scorecards(Indicators indicators, AnalyticsProperties settings) {
		this.indicators = indicators;
		this.settings = settings;
	}

	AnalyticsProperties settings() {
		return settings;
	}

	/** Groups ranked by performance score, best first; groups with nothing due come last, unranked. */
	List<Scorecard> league(Period period, Dimension dim, AnalyticsScope scope, Locale locale) {
		List<Scorecard> cards = new ArrayList<>();
		for (IndicatorRow row : indicators.table(period, dim, scope, locale)) {
			if (CaseFact.UNKNOWN.equals(row.value())) {
				continue;
			}
			cards.add(score(row));
		}
		cards.sort(Comparator.comparing((Scorecard c) -> c.performance() == null ? -1 : c.performance()).reversed()
			.thenComparing(c -> c.row().label()));
		List<Scorecard> ranked = new ArrayList<>();
		int rank = 0;
		for (Scorecard c : cards) {
			ranked.add(c.performance() == null ? c : c.withRank(++rank));
		}
		return ranked;
	}

	Scorecard score(IndicatorRow row) {
		Counters c = row.counters();
		Double performance = null;
		if (c.get(Counter.DUE) > 0) {
			AnalyticsProperties.Weights w = settings.weights();
			performance = round(w.handling() * Indicator.HANDLING_RATE.fraction(c)
					+ w.onTime() * Indicator.HANDLED_ON_TIME_RATE.fraction(c)
					+ w.noRework() * (1 - Indicator.REWORK_RATE.fraction(c))
					+ w.noOverdue() * (1 - Indicator.OVERDUE_RATE.fraction(c))
					+ w.noExtension() * (1 - Indicator.EXTENSION_RATE.fraction(c)));
		}
		Double threeRates = null;
		Double response = Indicator.RESPONSE_RATE.fraction(c);
		Double resolution = Indicator.RESOLUTION_RATE.fraction(c);
		Double satisfaction = Indicator.SATISFACTION_RATE.fraction(c);
		if (response != null && resolution != null && satisfaction != null) {
			AnalyticsProperties.ThreeRates w = settings.threeRates();
			threeRates = round(w.response() * response + w.resolution() * resolution + w.satisfaction() * satisfaction);
		}
		return new Scorecard(row, performance, performance == null ? null : settings.grades().of(performance),
				threeRates, threeRates == null ? null : settings.grades().of(threeRates), 0);
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

	/** One group's scores; rank 0 when unranked. */
	record Scorecard(IndicatorRow row, @Nullable Double performance, @Nullable String grade,
			@Nullable Double threeRates, @Nullable String threeRatesGrade, int rank) {

		Scorecard withRank(int r) {
			return new Scorecard(row, performance, grade, threeRates, threeRatesGrade, r);
		}
	}
}
