package org.steward.analytics;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The analytics module's settings ({@code steward.analytics.*}).
 *
 * @param weights the weights of the performance score (they should add up to 100)
 * @param threeRates the weights of the 接诉即办 三率 score (they should add up to 100)
 * @param grades the lowest score of grades A, B, C and D (below D is E)
 * @param stationOpenings the day each station opened (code → date): savings compare cases before and after
 */
@ConfigurationProperties("steward.analytics")
record AnalyticsProperties(@DefaultValue Weights weights, @DefaultValue ThreeRates threeRates,
		@DefaultValue Grades grades, Map<String, LocalDate> stationOpenings) {

	AnalyticsProperties {
		stationOpenings = stationOpenings == null ? Map.of() : Map.copyOf(stationOpenings);
	}

	/** 处置率 30, 按期处置率 20, (1−返工率) 20, (1−超期率) 20, (1−延期率) 10 (Jinniu District, Chengdu). */
	record Weights(@DefaultValue("30") double handling, @DefaultValue("20") double onTime,
			@DefaultValue("20") double noRework, @DefaultValue("20") double noOverdue,
			@DefaultValue("10") double noExtension) {
	}

	/** 响应率 30, 解决率 35, 满意率 35. */
	record ThreeRates(@DefaultValue("30") double response, @DefaultValue("35") double resolution,
			@DefaultValue("35") double satisfaction) {
	}

	/** A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E. */
	record Grades(@DefaultValue("90") double a, @DefaultValue("75") double b, @DefaultValue("60") double c,
			@DefaultValue("40") double d) {

		String of(double score) {
			return score >= a ? "A" : score >= b ? "B" : score >= c ? "C" : score >= d ? "D" : "E";
		}
	}
}
