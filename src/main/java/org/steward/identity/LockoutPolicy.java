package org.steward.identity;

import java.time.Duration;

/**
 * How many consecutive bad passwords an account tolerates and how long it then stays locked.
 * Five tries for fifteen minutes slows password guessing to a crawl while an officer who
 * mistyped on a phone only waits a quarter of an hour (or asks an administrator to unlock).
 */
record LockoutPolicy(int maxConsecutiveFailures, Duration lockDuration) {

	static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15));

	/**
	 * Counts consecutive bad passwords without ever locking: sign-in is slowed by {@link SignInThrottle}
	 * instead, so that no stranger can lock an account (not even {@code admin}) by guessing.
	 */
	static final LockoutPolicy COUNT_ONLY = new LockoutPolicy(Integer.MAX_VALUE, Duration.ofMinutes(15));

	LockoutPolicy {
		if (maxConsecutiveFailures < 1) {
			throw new IllegalArgumentException("At least one failure must be tolerated");
		}
		if (lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException("A lock must last some time");
		}
	}

	boolean locksAfter(int consecutiveFailures) {
		return consecutiveFailures >= maxConsecutiveFailures;
	}
}
