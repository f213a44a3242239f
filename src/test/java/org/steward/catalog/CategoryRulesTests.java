package org.steward.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

class CategoryRulesTests {

	private static final MajorClass APPEARANCE = new MajorClass("01", CategoryKind.EVENT, "市容环境", "City appearance");

	@Test
	void needsLimitsForEveryUrgency() {
		Map<Urgency, ResponseLimits> onlyNormal = new EnumMap<>(Urgency.class);
		onlyNormal.put(Urgency.NORMAL, limits(30, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> rules(onlyNormal));
	}

	@Test
	void answersItsLimitsPerUrgency() {
		Map<Urgency, ResponseLimits> all = new EnumMap<>(Urgency.class);
		all.put(Urgency.NORMAL, limits(30, 4));
		all.put(Urgency.URGENT, limits(15, 2));
		all.put(Urgency.VERY_URGENT, limits(10, 1));
		CategoryRules rules = rules(all);
		assertThat(rules.acknowledgeWithin(Urgency.URGENT)).isEqualTo(TimeLimit.of(15, LimitUnit.NATURAL_MINUTES));
		assertThat(rules.handleWithin(Urgency.VERY_URGENT)).isEqualTo(TimeLimit.of(1, LimitUnit.WORKING_HOURS));
		assertThat(rules.kind()).isEqualTo(CategoryKind.EVENT);
		assertThat(rules.name(Locale.ENGLISH)).isEqualTo("Exposed rubbish");
		assertThat(rules.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("暴露垃圾");
	}

	private static ResponseLimits limits(int ackMinutes, int handleHours) {
		return new ResponseLimits(TimeLimit.of(ackMinutes, LimitUnit.NATURAL_MINUTES),
				TimeLimit.of(handleHours, LimitUnit.WORKING_HOURS));
	}

	private static CategoryRules rules(Map<Urgency, ResponseLimits> limits) {
		return new CategoryRules(new CategoryRulesId(1), "0102", APPEARANCE, "暴露垃圾", "Exposed rubbish", "",
				true, Responsibility.lead("URBAN_MANAGEMENT"), limits, 1, Instant.EPOCH, "seed");
	}
}
