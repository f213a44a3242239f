package org.steward.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.steward.refusal.Refusal;

class DutyShiftTests {

	private static final Instant EIGHT = Instant.parse("2026-12-01T00:00:00Z");

	private static final Instant TWENTY = Instant.parse("2026-12-01T12:00:00Z");

	@Test
	void rejectsAShiftThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> new DutyShift(null, "o", "O", "s", TWENTY, EIGHT))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).field()).isEqualTo("end"));
	}

	@Test
	void rejectsAShiftThatEndsWhenItStarts() {
		assertThatThrownBy(() -> new DutyShift(null, "o", "O", "s", EIGHT, EIGHT))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void rejectsAShiftLongerThanADay() {
		assertThatThrownBy(() -> new DutyShift(null, "o", "O", "s", EIGHT, EIGHT.plusSeconds(25 * 3600)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).code()).isEqualTo("organization.refused.shiftTooLong"));
	}

	@Test
	void coversItsStartButNotItsEnd() {
		DutyShift shift = new DutyShift(null, "o", "O", "s", EIGHT, TWENTY);
		assertThat(shift.covers(EIGHT)).isTrue();
		assertThat(shift.covers(TWENTY.minusSeconds(1))).isTrue();
		assertThat(shift.covers(TWENTY)).isFalse();
		assertThat(shift.covers(EIGHT.minusSeconds(1))).isFalse();
	}

	@Test
	void consecutiveShiftsDoNotOverlap() {
		DutyShift day = new DutyShift(null, "o", "O", "s", EIGHT, TWENTY);
		assertThat(day.overlaps(TWENTY, TWENTY.plusSeconds(3600))).isFalse();
		assertThat(day.overlaps(TWENTY.minusSeconds(60), TWENTY.plusSeconds(3600))).isTrue();
	}
}
