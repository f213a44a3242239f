package org.steward.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalArgumentsTests {

	@Test
	void aMissingValueEchoedAsAnArgumentIsAnArgumentThatIsNullNotAFailure() {
		String sentKind = null;
		Refusal.FieldError field = Refusal.FieldError.of("kind", "patrol.refused.sign.kind", sentKind);
		assertThat(field.arguments()).containsExactly((Object) null);

		Refusal refusal = Refusal.notFound("cases.refused.notFound", (Object[]) null);
		assertThat(refusal.arguments()).containsExactly((Object) null);

		assertThat(Refusal.invalid("reason", "cases.refused.tooLong", 1000, null).fields().get(0).arguments())
			.containsExactly(1000, null);
	}
}
