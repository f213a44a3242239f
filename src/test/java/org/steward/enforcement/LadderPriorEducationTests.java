package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ladder with education received outside enforcement's measures (a session attended on the rule). */
class LadderPriorEducationTests {

	@Test
	void aPartyEducatedOnTheRuleIsNoLongerAFirstViolation() {
		LadderPolicy.Suggestion s = LadderPolicy.suggest(true, new LadderPolicy.History(List.of(), false), true);
		assertThat(s.type()).isEqualTo(MeasureType.WARNING);
		assertThat(s.withRectificationOrder()).isTrue();
		assertThat(s.basis()).isEqualTo(LadderPolicy.Basis.EDUCATED_BEFORE);
		assertThat(s.followedBy(MeasureType.RECTIFICATION_ORDER)).isTrue();
	}

	@Test
	void educationDoesNotSoftenARepeatOrARefusedCorrection() {
		assertThat(LadderPolicy.suggest(true, new LadderPolicy.History(List.of(MeasureType.WARNING), false), true).type())
			.isEqualTo(MeasureType.PENALTY_CASE);
		assertThat(LadderPolicy.suggest(true, new LadderPolicy.History(List.of(), true), true).basis())
			.isEqualTo(LadderPolicy.Basis.REFUSED_CORRECTION);
		assertThat(LadderPolicy.suggest(true, new LadderPolicy.History(List.of(), false), false).basis())
			.isEqualTo(LadderPolicy.Basis.FIRST_EXEMPT);
	}
}
