package org.steward.messaging;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The hours without SMS (22:00–07:00 district time unless configured otherwise). A window that
 * crosses midnight is read as "from tonight until tomorrow morning".
 */
record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

	/** When the quiet hours around {@code now} end, or empty when {@code now} is not in them. */
	Optional<Instant> endAround(Instant now) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		boolean overnight = from.isAfter(until);
		boolean quiet = overnight ? !time.isBefore(from) || time.isBefore(until)
				: !time.isBefore(from) && time.isBefore(until);
		if (!quiet) {
			return Optional.empty();
		}
		ZonedDateTime end = local.with(until);
		if (!end.isAfter(local)) {
			end = end.plusDays(1);
		}
		return Optional.of(end.toInstant());
	}
}
