package org.steward.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneMaskTests {

	@Test
	void hidesTheMiddleOfAMobileNumber() {
		assertThat(PhoneMask.mask("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void hidesAShortNumberEntirely() {
		assertThat(PhoneMask.mask("12345")).isEqualTo("****");
	}
}
