package org.steward.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

class PersonalDataTests {

	private static final String K1 = "k1:first-key-secret-0123456789-0123456789";

	private static final String K2 = "k2:second-key-secret-0123456789-0123456789";

	private final PersonalData k1 = new PersonalData(K1, List.of());

	@Test
	void sealsAndOpensBackWhatWasGiven() {
		for (String plain : List.of("13812345678", "王女士", "resident@example.com", "", "𠀋名字 with emoji 🙂")) {
			String sealed = k1.seal(plain);
			assertThat(sealed).startsWith("sm4g1:k1:").doesNotContain(plain.isEmpty() ? "\u0000" : plain);
			assertThat(k1.open(sealed)).isEqualTo(plain);
		}
		assertThat(k1.seal(null)).isNull();
		assertThat(k1.open(null)).isNull();
	}

	@Test
	void sealsTheSameValueDifferentlyEachTime() {
		assertThat(k1.seal("13812345678")).isNotEqualTo(k1.seal("13812345678"));
	}

	@Test
	void refusesToOpenWithAnotherSecretUnderTheSameId() {
		PersonalData impostor = new PersonalData("k1:another-secret-entirely-0123456789-xyz", List.of());
		String sealed = k1.seal("13812345678");
		assertThatThrownBy(() -> impostor.open(sealed)).isInstanceOf(PersonalDataUnreadable.class)
			.hasMessageContaining("does not open");
	}

	@Test
	void refusesToOpenAValueOfAKeyItDoesNotHold() {
		PersonalData other = new PersonalData(K2, List.of());
		assertThatThrownBy(() -> other.open(k1.seal("13812345678"))).isInstanceOf(PersonalDataUnreadable.class)
			.hasMessageContaining("key k1");
	}

	@Test
	void refusesAValueChangedByOneBit() {
		String sealed = k1.seal("13812345678");
		String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(prefix.length()));
		bytes[bytes.length / 2] ^= 1;
		String altered = prefix + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> k1.open(altered)).isInstanceOf(PersonalDataUnreadable.class);
		assertThatThrownBy(() -> k1.open("sm4g1:k1:not base64!")).isInstanceOf(PersonalDataUnreadable.class);
		assertThatThrownBy(() -> k1.open("sm4g1:k1:AAAA")).isInstanceOf(PersonalDataUnreadable.class);
	}

	@Test
	void passesValuesStoredBeforeSealingThroughUntilResealed() {
		assertThat(k1.open("13812345678")).isEqualTo("13812345678");
		assertThat(k1.isSealed("13812345678")).isFalse();
		assertThat(k1.sealedWithCurrentKey("13812345678")).isFalse();
	}

	@Test
	void afterARotationTheNewKeySealsAndThePreviousStillOpens() {
		String old = k1.seal("13812345678");
		PersonalData rotated = new PersonalData(K2, List.of(K1));
		assertThat(rotated.open(old)).isEqualTo("13812345678");
		assertThat(rotated.sealedWithCurrentKey(old)).isFalse();
		String fresh = rotated.seal("13812345678");
		assertThat(fresh).startsWith("sm4g1:k2:");
		assertThat(rotated.sealedWithCurrentKey(fresh)).isTrue();
		// a node not yet given the new key cannot read it: hence the rollout order in the README
		assertThatThrownBy(() -> k1.open(fresh)).isInstanceOf(PersonalDataUnreadable.class);
		assertThat(rotated.searchHashes("13812345678")).containsExactly(rotated.searchHash("13812345678"),
				k1.searchHash("13812345678"));
	}

	@Test
	void hashesPhonesAndAddressesTheWayTheyAreWritten() {
		assertThat(k1.searchHash("138-1234 5678")).isEqualTo(k1.searchHash("13812345678"))
			.hasSize(64)
			.isNotEqualTo(k1.searchHash("13812345679"));
		assertThat(k1.searchHash(" Resident@Example.com")).isEqualTo(k1.searchHash("resident@example.com"));
		assertThat(k1.searchHash("13812345678")).as("keyed: another key, another hash")
			.isNotEqualTo(new PersonalData(K2, List.of()).searchHash("13812345678"));
	}

	@Test
	void prodRefusesToStartWithoutAKeyAndOtherProfilesUseTheDocumentedOne() {
		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		PrivacyProperties none = new PrivacyProperties("", List.of(), true, 200);
		assertThatThrownBy(() -> new PersonalData(none, prod)).hasMessageContaining("STEWARD_PRIVACY_KEY");
		PersonalData demo = new PersonalData(none, new StandardEnvironment());
		assertThat(demo.currentKeyId()).isEqualTo("demo");
		assertThat(new PersonalData(PersonalData.DEMO_KEY, List.of()).open(demo.seal("x"))).isEqualTo("x");
	}

	@Test
	void refusesAKeyTooShortOrWithoutId() {
		assertThatThrownBy(() -> new PersonalData("k1:short", List.of())).hasMessageContaining("at least 32");
		assertThatThrownBy(() -> new PersonalData("no-id-secret-0123456789-0123456789-0123", List.of()))
			.hasMessageContaining("<id>:<secret>");
		assertThatThrownBy(() -> new PersonalData("k_1:" + "x".repeat(40), List.of())).hasMessageContaining("key id");
	}
}
