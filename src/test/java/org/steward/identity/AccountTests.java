package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountTests {

	static final Instant NINE = Instant.parse("2026-11-26T01:00:00Z");

	final LockoutPolicy policy = LockoutPolicy.STANDARD;

	Account officer() {
		return Account.open("Officer.Test ", "队员 测试", "{noop}x", Set.of(Role.OFFICER), new DataScope.Station("yuantian"),
				NINE);
	}

	@Test
	void storesTheUsernameInLowerCase() {
		assertThat(officer().username()).isEqualTo("officer.test");
	}

	@Test
	void locksAfterFiveConsecutiveBadPasswordsForFifteenMinutes() {
		Account account = officer();
		for (int i = 1; i <= 4; i++) {
			account.recordBadPassword(NINE, policy);
			assertThat(account.isLockedAt(NINE)).as("after %d", i).isFalse();
		}
		account.recordBadPassword(NINE, policy);
		assertThat(account.isLockedAt(NINE)).isTrue();
		assertThat(account.isLockedAt(NINE.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
		assertThat(account.isLockedAt(NINE.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aSuccessfulSignInResetsTheCount() {
		Account account = officer();
		for (int i = 0; i < 4; i++) {
			account.recordBadPassword(NINE, policy);
		}
		assertThat(account.recordSuccessfulSignIn(NINE)).isTrue();
		account.recordBadPassword(NINE, policy);
		assertThat(account.failedAttempts()).isEqualTo(1);
		assertThat(account.isLockedAt(NINE)).isFalse();
	}

	@Test
	void furtherGuessesDoNotExtendARunningLock() {
		Account account = officer();
		for (int i = 0; i < 5; i++) {
			account.recordBadPassword(NINE, policy);
		}
		Instant until = account.lockedUntil();
		account.recordBadPassword(NINE.plus(Duration.ofMinutes(10)), policy);
		assertThat(account.lockedUntil()).isEqualTo(until);
	}

	@Test
	void anExpiredLockStartsAFreshCount() {
		Account account = officer();
		for (int i = 0; i < 5; i++) {
			account.recordBadPassword(NINE, policy);
		}
		Instant later = NINE.plus(Duration.ofMinutes(16));
		account.recordBadPassword(later, policy);
		assertThat(account.failedAttempts()).isEqualTo(1);
		assertThat(account.isLockedAt(later)).isFalse();
	}

	@Test
	void anAdministratorCanLiftALock() {
		Account account = officer();
		for (int i = 0; i < 5; i++) {
			account.recordBadPassword(NINE, policy);
		}
		account.unlock(NINE);
		assertThat(account.isLockedAt(NINE)).isFalse();
		assertThat(account.failedAttempts()).isZero();
	}

	@Test
	void rejectsAnAccountWithoutRolesOrWithABadUsername() {
		assertThatIllegalArgumentException().isThrownBy(() -> Account.open("officer.x", "队员", "{noop}x", Set.of(),
				new DataScope.Station("yuantian"), NINE));
		assertThatIllegalArgumentException().isThrownBy(() -> Account.open("王明", "队员", "{noop}x",
				Set.of(Role.OFFICER), new DataScope.Station("yuantian"), NINE));
	}

	@Test
	void passwordPolicyWantsTenCharacters() {
		assertThat(PasswordPolicy.accepts("123456789")).isFalse();
		assertThat(PasswordPolicy.accepts("1234567890")).isTrue();
		assertThat(PasswordPolicy.accepts("          ")).isFalse();
	}
}
