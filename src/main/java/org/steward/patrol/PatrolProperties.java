package org.steward.patrol;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The patrol module's settings ({@code steward.patrol.*}).
 *
 * @param defaultClass the class of a grid nobody classified yet
 * @param frequencies patrols each class needs: {@code visits} per {@code per}; a class left out takes
 *        the shipped default (一类 2 a day, 二类 1 a day, 三类 2 a week — local practice, not a national
 *        figure)
 * @param simplifyMetres Douglas-Peucker tolerance for the stored track
 * @param maxBatch most positions one batch may carry
 * @param signFollowUp interval between follow-up visits of an early sign of illegal building
 *        ("每两天一次日常巡查")
 * @param demolishedRecheck interval between re-check visits of a demolished site (防止拆了再建)
 * @param recurrence the default recurrence rule and per-category ones
 * @param hotspotConfidence the lowest Gi* confidence (90, 95 or 99 %) that raises a hotspot warning
 */
@ConfigurationProperties("steward.patrol")
@Validated
record PatrolProperties(@DefaultValue("SECOND") ManagementClass defaultClass,
		@Nullable Map<ManagementClass, Frequency> frequencies, @DefaultValue("5") @Positive double simplifyMetres,
		@DefaultValue("500") @Positive int maxBatch, @DefaultValue("P2D") Duration signFollowUp,
		@DefaultValue("P7D") Duration demolishedRecheck, @Nullable Recurrence recurrence,
		@DefaultValue("95") @Min(90) @Max(99) int hotspotConfidence) {

	PatrolProperties {
		Map<ManagementClass, Frequency> all = new EnumMap<>(ManagementClass.class);
		all.put(ManagementClass.FIRST, new Frequency(2, Duration.ofDays(1)));
		all.put(ManagementClass.SECOND, new Frequency(1, Duration.ofDays(1)));
		all.put(ManagementClass.THIRD, new Frequency(2, Duration.ofDays(7)));
		if (frequencies != null) {
			all.putAll(frequencies);
		}
		frequencies = Map.copyOf(all);
		recurrence = recurrence == null ? new Recurrence(null, null, null, null) : recurrence;
	}

	Frequency frequency(ManagementClass managementClass) {
		return frequencies.get(managementClass);
	}

	/** {@code visits} patrols in every {@code per}. */
	record Frequency(@Positive int visits, Duration per) {

		Frequency {
			if (visits <= 0 || per.isNegative() || per.isZero()) {
				throw new IllegalArgumentException("a patrol frequency needs visits > 0 and a positive period");
			}
		}

		/** The longest a grid of this class may wait between two patrols. */
		Duration interval() {
			return per.dividedBy(visits);
		}

		/** Patrols needed in a period: the frequency scaled to its length, rounded up. */
		int requiredIn(Duration period) {
			return (int) Math.max(1, Math.ceil(visits * (double) period.toSeconds() / per.toSeconds()));
		}
	}

	/**
	 * "The same problem again": {@code threshold} cases of one category within {@code radiusMetres} in
	 * {@code period} raise a warning. {@code categories} overrides the rule per category code.
	 */
	record Recurrence(@Nullable Double radiusMetres, @Nullable Duration period, @Nullable Integer threshold,
			@Nullable Map<String, Rule> categories) {

		Recurrence {
			radiusMetres = radiusMetres == null ? 100.0 : radiusMetres;
			period = period == null ? Duration.ofDays(30) : period;
			threshold = threshold == null ? 3 : threshold;
			categories = categories == null ? Map.of() : Map.copyOf(categories);
		}

		Rule ruleFor(String categoryCode) {
			Rule own = categories.get(categoryCode);
			return own != null ? own : new Rule(radiusMetres, period, threshold);
		}
	}

	/** One category's recurrence rule. */
	record Rule(double radiusMetres, Duration period, int threshold) {
	}
}
