package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * A case transferred out (转办) to a body outside the stations is not the stations' work: it counts in
 * no indicator, like a dismissed or merged case, whatever it went through before (docs/analytics-indicators.md).
 */
class TransferredCaseCountsTests {

	private static final Instant REGISTERED = Instant.parse("2026-03-10T02:00:00Z");

	private static CaseFact fact(String status) {
		Instant handleBy = REGISTERED.plus(Duration.ofDays(2));
		return new CaseFact("410105-2026-990001", CaseFact.Source.CASE, 3, REGISTERED, REGISTERED.plus(Duration.ofMinutes(30)),
				handleBy, status, "410105", "dongfeng", "yuantian", "410105010001", "410105010001001", "0502", "占道经营",
				"Street vending", "URBAN_MANAGEMENT", "李强", 0, "PUBLIC", "园田路 1 号", 34.79, 113.68, false,
				REGISTERED.plus(Duration.ofMinutes(20)), null, null, null, 0, false, true, null, false);
	}

	@Test
	void aTransferredCaseCountsInNoIndicatorEvenAfterItWasAcknowledgedAndMissedItsDeadline() {
		CaseFact transferred = fact("TRANSFERRED");
		assertThat(transferred.isValid()).isFalse();
		assertThat(transferred.counters().isZero()).isTrue();
		assertThat(transferred.contributions(ZoneId.of("Asia/Shanghai"))).isEmpty();
		assertThat(transferred.dueDay(ZoneId.of("Asia/Shanghai"))).isNull();
	}

	@Test
	void theSameCaseStillAtTheStationIsRegisteredDueAndOverdue() {
		CaseFact atTheStation = fact("ACKNOWLEDGED");
		assertThat(atTheStation.isValid()).isTrue();
		assertThat(atTheStation.counters().isZero()).isFalse();
		assertThat(atTheStation.contributions(ZoneId.of("Asia/Shanghai"))).isNotEmpty();
	}
}
