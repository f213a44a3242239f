package org.steward.analytics;

import java.util.Arrays;

/** A value per {@link Counter}: what a fact adds to a rollup row, or the sum of rows. */
final class Counters {

	static final Counters ZERO = new Counters(new long[Counter.values().length]);

	private final long[] values;

	private Counters(long[] values) {
		this.values = values;
	}

	Counters(long registered, long due, long handled, long handledOnTime, long closed, long closedOnTime, long reworked,
			long overdue, long extended, long ackDue, long responded, long rated, long resolved, long satisfied) {
		this(new long[] { registered, due, handled, handledOnTime, closed, closedOnTime, reworked, overdue, extended,
				ackDue, responded, rated, resolved, satisfied });
	}

	static Counters of(long[] values) {
		if (values.length != Counter.values().length) {
			throw new IllegalArgumentException("one value per counter");
		}
		return new Counters(values.clone());
	}

	long get(Counter counter) {
		return values[counter.ordinal()];
	}

	long[] toArray() {
		return values.clone();
	}

	boolean isZero() {
		for (long v : values) {
			if (v != 0) {
				return false;
			}
		}
		return true;
	}

	Counters plus(Counters other) {
		long[] sum = values.clone();
		for (int i = 0; i < sum.length; i++) {
			sum[i] += other.values[i];
		}
		return new Counters(sum);
	}

	Counters negate() {
		long[] neg = values.clone();
		for (int i = 0; i < neg.length; i++) {
			neg[i] = -neg[i];
		}
		return new Counters(neg);
	}

	/** Only the counters counted on the registration day. */
	Counters registrationPart() {
		return part(true);
	}

	/** Only the counters counted on the due day. */
	Counters handlingPart() {
		return part(false);
	}

	private Counters part(boolean registration) {
		long[] out = new long[values.length];
		for (Counter c : Counter.values()) {
			if (c.registration() == registration) {
				out[c.ordinal()] = values[c.ordinal()];
			}
		}
		return new Counters(out);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Counters c && Arrays.equals(values, c.values);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return Arrays.toString(values);
	}
}
