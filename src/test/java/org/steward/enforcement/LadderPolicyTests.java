package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LadderPolicyTests {

	@Test
	void educatesAndOrdersCorrectionOnAFirstExemptViolation() {
		LadderPolicy.Suggestion s = LadderPolicy.suggest(true, new LadderPolicy.History(List.of(), false));
		assertThat(s.type()).isEqualTo(MeasureType.EDUCATION);
		assertThat(s.withRectificationOrder()).isTrue();
		assertThat(s.reason()).contains("首违不罚");
	}

	@Test
	void ordersCorrectionOnAFirstViolationOffTheExemptionList() {
		assertThat(LadderPolicy.suggest(false, new LadderPolicy.History(List.of(), false)).type())
			.isEqualTo(MeasureType.RECTIFICATION_ORDER);
	}

	@Test
	void goesOneRungUpOnARepeat() {
		assertThat(LadderPolicy
			.suggest(true, new LadderPolicy.History(List.of(MeasureType.EDUCATION, MeasureType.RECTIFICATION_ORDER), false))
			.type()).isEqualTo(MeasureType.WARNING);
		assertThat(LadderPolicy.suggest(true, new LadderPolicy.History(List.of(MeasureType.WARNING), false)).type())
			.isEqualTo(MeasureType.PENALTY_CASE);
	}

	@Test
	void suggestsAPenaltyCaseAfterARefusedCorrection() {
		assertThat(LadderPolicy.suggest(true, new LadderPolicy.History(List.of(), true)).type())
			.isEqualTo(MeasureType.PENALTY_CASE);
	}
}
