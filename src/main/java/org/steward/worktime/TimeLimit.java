package org.steward.worktime;

/**
 * A time limit such as "4 working hours" or "7 working days", as written in the local
 * manuals. The value is kept as the manual states it and converted to an instant only by
 * {@link WorkingTime#deadline}.
 */
public record TimeLimit(int amount, LimitUnit unit) {

	public TimeLimit {
		if (amount <= 0) {
			throw new IllegalArgumentException("A time limit must be positive, was " + amount);
		}
		if (unit == null) {
			throw new IllegalArgumentException("A time limit needs a unit");
		}
	}

	public static TimeLimit of(int amount, LimitUnit unit) {
		return new TimeLimit(amount, unit);
	}

	@Override
	public String toString() {
		return amount + " " + unit;
	}
}
