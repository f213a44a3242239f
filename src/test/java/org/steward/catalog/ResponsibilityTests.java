package org.steward.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResponsibilityTests {

	@Test
	void rejectsTheLeadAsItsOwnCoDepartment() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Responsibility.lead("FIRE_RESCUE", "URBAN_MANAGEMENT", "FIRE_RESCUE"));
	}

	@Test
	void rejectsACoDepartmentListedTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Responsibility.lead("URBAN_MANAGEMENT", "PUBLIC_SECURITY", "PUBLIC_SECURITY"));
	}

	@Test
	void rejectsAMissingLead() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Responsibility(" ", List.of()));
	}

	@Test
	void isJointOnlyWithCoDepartments() {
		assertThat(Responsibility.lead("PUBLIC_SECURITY").isJoint()).isFalse();
		Responsibility noise = Responsibility.lead("URBAN_MANAGEMENT", "PUBLIC_SECURITY", "ECOLOGY_ENVIRONMENT");
		assertThat(noise.isJoint()).isTrue();
		assertThat(noise.allDepartments()).containsExactly("URBAN_MANAGEMENT", "PUBLIC_SECURITY", "ECOLOGY_ENVIRONMENT");
	}
}
