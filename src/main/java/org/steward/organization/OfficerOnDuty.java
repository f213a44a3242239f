package org.steward.organization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An officer whose duty shift covers the asked instant, and the shift's bounds. */
public record OfficerOnDuty(String code, String name, @Nullable String phone, String stationCode,
		Instant shiftStart, Instant shiftEnd) {
}
