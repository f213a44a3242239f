package org.steward.parties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTests {

	@Test
	void acceptsPublishedValidCodes() {
		assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
		assertThat(CreditCode.problem("91110000600037341L")).isEmpty();
	}

	@Test
	void rejectsAWrongCheckCharacterNamingTheExpectedOne() {
		assertThat(CreditCode.problem("91350100M000100Y44")).hasValueSatisfying(
				p -> assertThat(p).contains("check character").contains("expected 3"));
	}

	@Test
	void rejectsAMutatedBodyCharacter() {
		assertThat(CreditCode.problem("91350100M000200Y43")).isPresent();
	}

	@Test
	void rejectsWrongLengthAndLettersOutsideTheAlphabet() {
		assertThat(CreditCode.problem("91350100M000100Y4")).hasValueSatisfying(p -> assertThat(p).contains("18"));
		assertThat(CreditCode.problem("91350100M000100I43")).hasValueSatisfying(p -> assertThat(p).contains("'I'"));
	}
}
