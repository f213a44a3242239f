package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TimeLeftTests {

	@Test
	void wordsASpanInDaysAndHoursThenHoursAndMinutes() {
		assertThat(TimeLeft.text(2 * 1440 + 13 * 60 + 5, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2天13小时");
		assertThat(TimeLeft.text(3 * 60 + 5, Locale.SIMPLIFIED_CHINESE)).isEqualTo("3小时5分");
		assertThat(TimeLeft.text(45, Locale.SIMPLIFIED_CHINESE)).isEqualTo("45分");
		assertThat(TimeLeft.text(-90, Locale.SIMPLIFIED_CHINESE)).isEqualTo("1小时30分");
		assertThat(TimeLeft.text(2 * 1440 + 13 * 60, Locale.ENGLISH)).isEqualTo("2 d 13 h");
		assertThat(TimeLeft.text(0, Locale.ENGLISH)).isEqualTo("0 min");
	}
}
