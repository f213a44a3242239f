package org.steward.organization;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.steward.refusal.Refusal;

class GridResponsibilityPolicyTests {

	private final GridResponsibilityPolicy policy = new GridResponsibilityPolicy();

	private final Station yuantian = new Station("yuantian", "园田", "Yuantian", "dongfeng", null, null,
			List.of("410105010001"), null, null);

	private final Officer liQiang = new Officer("41010500101", "李强", null, "yuantian", "officer.yuantian1", true);

	@Test
	void acceptsAnActiveOfficerOfTheStationForAGridOfItsCommunity() {
		assertThatCode(() -> policy.check("410105010001001", yuantian, liQiang, Optional.empty()))
			.doesNotThrowAnyException();
	}

	@Test
	void rejectsAnOfficerOfAnotherStation() {
		Officer other = new Officer("41010500201", "刘洋", null, "guanhutun", null, true);
		assertThatThrownBy(() -> policy.check("410105010001001", yuantian, other, Optional.empty()))
			.isInstanceOfSatisfying(Refusal.class,
					r -> org.assertj.core.api.Assertions.assertThat(r.fields().get(0).code()).isEqualTo("organization.refused.officerNotOfStation"));
	}

	@Test
	void rejectsASecondStationForTheSameGrid() {
		var heldByGuanhutun = new GridResponsibility("410105010001001",
				new GridResponsibility.StationRef("guanhutun", "关虎屯", "Guanhutun", "dongfeng"),
				new GridResponsibility.OfficerRef("41010500201", "刘洋"));
		assertThatThrownBy(() -> policy.check("410105010001001", yuantian, liQiang, Optional.of(heldByGuanhutun)))
			.isInstanceOfSatisfying(Refusal.class, r -> org.assertj.core.api.Assertions
				.assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
	}

	@Test
	void rejectsGridOutsideItsCommunity() {
		assertThatThrownBy(() -> policy.check("410105010002001", yuantian, liQiang, Optional.empty()))
			.isInstanceOfSatisfying(Refusal.class,
					r -> org.assertj.core.api.Assertions.assertThat(r.fields().get(0).code()).isEqualTo("organization.refused.gridOutsideStation"));
	}

	@Test
	void rejectsAMalformedGridCode() {
		assertThatThrownBy(() -> policy.check("41010501000100A", yuantian, liQiang, Optional.empty()))
			.isInstanceOfSatisfying(Refusal.class,
					r -> org.assertj.core.api.Assertions.assertThat(r.fields().get(0).field()).isEqualTo("gridCode"));
	}

	@Test
	void rejectsAnInactiveOfficer() {
		Officer retired = new Officer("41010500109", "退休", null, "yuantian", null, false);
		assertThatThrownBy(() -> policy.check("410105010001001", yuantian, retired, Optional.empty()))
			.isInstanceOfSatisfying(Refusal.class,
					r -> org.assertj.core.api.Assertions.assertThat(r.fields().get(0).code()).isEqualTo("organization.refused.officerInactive"));
	}
}
