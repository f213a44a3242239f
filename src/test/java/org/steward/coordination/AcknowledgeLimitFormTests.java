package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AcknowledgeLimitFormTests {

	private static final List<String> DEPARTMENTS = List.of("PUBLIC_SECURITY", "FIRE_RESCUE");

	@Test
	void readsWholeMinutesAndBlankAsTheDefault() {
		Map<String, String> params = new HashMap<>();
		params.put("limit.PUBLIC_SECURITY.NORMAL", " 45 ");
		params.put("limit.PUBLIC_SECURITY.URGENT", "");
		params.put("limit.FIRE_RESCUE.VERY_URGENT", "1440");
		AcknowledgeLimitForm form = AcknowledgeLimitForm.read(params, DEPARTMENTS);
		assertThat(form.violations()).isEmpty();
		assertThat(form.limits().get("PUBLIC_SECURITY")).containsEntry("NORMAL", 45).containsEntry("URGENT", null);
		assertThat(form.limits().get("FIRE_RESCUE")).containsOnlyKeys("VERY_URGENT").containsEntry("VERY_URGENT", 1440);
	}

	@Test
	void namesEveryBoxThatIsNotAWholeNumberOfMinutesFromOneToADay() {
		Map<String, String> params = Map.of("limit.PUBLIC_SECURITY.NORMAL", "0", "limit.PUBLIC_SECURITY.URGENT", "1441",
				"limit.FIRE_RESCUE.NORMAL", "30分钟", "limit.FIRE_RESCUE.URGENT", "99999999999",
				"limit.FIRE_RESCUE.VERY_URGENT", "-3", "limit.UNKNOWN.NORMAL", "5");
		AcknowledgeLimitForm form = AcknowledgeLimitForm.read(params, DEPARTMENTS);
		assertThat(form.violations()).extracting(AcknowledgeLimitForm.Violation::field, AcknowledgeLimitForm.Violation::messageKey)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("PUBLIC_SECURITY.NORMAL", "coordination.limits.error.range"),
					org.assertj.core.groups.Tuple.tuple("PUBLIC_SECURITY.URGENT", "coordination.limits.error.range"),
					org.assertj.core.groups.Tuple.tuple("FIRE_RESCUE.NORMAL", "coordination.limits.error.notNumber"),
					org.assertj.core.groups.Tuple.tuple("FIRE_RESCUE.URGENT", "coordination.limits.error.range"),
					org.assertj.core.groups.Tuple.tuple("FIRE_RESCUE.VERY_URGENT", "coordination.limits.error.range"));
		assertThat(form.entered()).containsEntry("FIRE_RESCUE.NORMAL", "30分钟");
	}
}
