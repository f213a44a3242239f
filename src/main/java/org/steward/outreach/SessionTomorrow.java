package org.steward.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A session is planned for tomorrow (a weekly slot's occurrence or a one-off session not yet held):
 * raised once per session and day by the reminder sweep. {@code officers} are the usernames named
 * on it; {@code link} the page where they open or prepare it.
 */
public record SessionTomorrow(String stationCode, LocalDate date, LocalTime time, String topic,
		List<String> officers, @Nullable Long slotId, @Nullable Long sessionId, String link, Instant at) {

	public SessionTomorrow {
		officers = List.copyOf(officers);
	}
}
