package org.steward.organization;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One dated duty shift of an officer at a station, from {@code start} (inclusive) to
 * {@code end} (exclusive). Dated shifts rather than a weekly pattern: holidays, swaps and
 * sick days are then plain edits, and "who is on duty at t" is one range query.
 */
record DutyShift(@Nullable Long id, String officerCode, String officerName, String stationCode, Instant start,
		Instant end) {

	/** Longer than this is not a shift but a mistake (a wrong date in the form). */
	static final Duration LONGEST = Duration.ofHours(24);

	DutyShift {
		if (!end.isAfter(start)) {
			throw OrganizationRefusals.shiftEndsBeforeStart();
		}
		if (Duration.between(start, end).compareTo(LONGEST) > 0) {
			throw OrganizationRefusals.shiftTooLong(LONGEST.toHours());
		}
	}

	boolean covers(Instant at) {
		return !at.isBefore(start) && at.isBefore(end);
	}

	boolean overlaps(Instant otherStart, Instant otherEnd) {
		return start.isBefore(otherEnd) && otherStart.isBefore(end);
	}
}
