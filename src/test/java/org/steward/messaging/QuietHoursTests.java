package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class QuietHoursTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final QuietHours quiet = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), SHANGHAI);

	private static ZonedDateTime at(int day, int hour, int minute) {
		return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, SHANGHAI);
	}

	@Test
	void lateEveningWaitsUntilSevenTomorrow() {
		assertThat(quiet.endAround(at(4, 22, 0).toInstant())).contains(at(5, 7, 0).toInstant());
		assertThat(quiet.endAround(at(4, 23, 59).toInstant())).contains(at(5, 7, 0).toInstant());
	}

	@Test
	void earlyMorningWaitsUntilSevenToday() {
		assertThat(quiet.endAround(at(5, 3, 30).toInstant())).contains(at(5, 7, 0).toInstant());
		assertThat(quiet.endAround(at(5, 6, 59).toInstant())).contains(at(5, 7, 0).toInstant());
	}

	@Test
	void daytimeIsNotQuiet() {
		assertThat(quiet.endAround(at(5, 7, 0).toInstant())).isEmpty();
		assertThat(quiet.endAround(at(5, 21, 59).toInstant())).isEmpty();
	}

	@Test
	void theDistrictsClockDecidesNotUtc() {
		// 15:00 UTC is 23:00 in Zhengzhou
		assertThat(quiet.endAround(java.time.Instant.parse("2026-12-04T15:00:00Z"))).isPresent();
	}
}
