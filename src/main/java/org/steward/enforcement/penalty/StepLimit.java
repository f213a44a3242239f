package org.steward.enforcement.penalty;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;
import org.steward.worktime.WorkingTime;

/**
 * A step's time limit as the law or a local rule writes it: "90 DAYS" (calendar days, 第六十条) or
 * "7 WORKING_DAYS" (第八十五条: the law's 二日、三日、五日、七日 are working days, holidays excluded).
 * Bound from text ({@code steward.enforcement.penalty.service=7 WORKING_DAYS}).
 */
record StepLimit(int amount, Unit unit) {

	enum Unit {
		DAYS, WORKING_DAYS
	}

	StepLimit {
		if (amount <= 0) {
			throw new IllegalArgumentException("A step limit must be positive, was " + amount);
		}
	}

	/** "7 WORKING_DAYS", "90 DAYS". */
	public static StepLimit valueOf(String text) {
		String[] parts = text.strip().split("\\s+");
		if (parts.length != 2) {
			throw new IllegalArgumentException("A step limit reads like '7 WORKING_DAYS' or '90 DAYS', was '" + text + "'");
		}
		return new StepLimit(Integer.parseInt(parts[0]), Unit.valueOf(parts[1].toUpperCase(Locale.ROOT)));
	}

	/** When the limit counted from {@code start} runs out: calendar days by the district's clock, working days by the calendar. */
	Instant from(Instant start, WorkingTime workingTime, ZoneId zone) {
		return unit == Unit.DAYS ? start.atZone(zone).plusDays(amount).toInstant()
				: workingTime.deadline(start, TimeLimit.of(amount, LimitUnit.WORKING_DAYS));
	}

	@Override
	public String toString() {
		return amount + " " + unit;
	}
}
