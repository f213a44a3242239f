package org.steward.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock anyone out. Failed sign-ins are counted per
 * address and per account seen from that address; past a few free failures each further one makes the
 * next attempt wait twice as long (1 s, 2 s, 4 s … up to 15 minutes), on the injected clock. An attempt
 * made while its wait runs is not even checked. Because an account's count is kept per address, guesses
 * from one address never delay the account's owner signing in from another — so anonymous requests cannot
 * lock {@code admin} — while the per-address count still slows a guesser trying many accounts. Unknown
 * accounts are counted exactly like known ones, and every refusal has the same answer (no account
 * enumeration). An administrator's unlock forgets an account's counts. Kept in memory per node: a node
 * restart forgets them, which only ever favours the owner.
 */
@Component
class SignInThrottle {

	static final Duration FIRST_WAIT = Duration.ofSeconds(1);

	/** Counts not touched for this long are forgotten. */
	static final Duration FORGET_AFTER = Duration.ofHours(24);

	/** Beyond this many remembered keys the oldest quiet ones are dropped (memory stays bounded). */
	static final int MAX_KEYS = 100_000;

	private record Count(int failures, Instant last, Instant notBefore) {
	}

	private final Map<String, Count> counts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final IdentityProperties.SignIn settings;

	SignInThrottle(Clock clock, IdentityProperties properties) {
		this.clock = clock;
		this.settings = properties.signIn();
	}

	/** How long an attempt for this account from this address must still wait; zero when it may go ahead. */
	Duration waitFor(String address, String username) {
		Instant now = clock.instant();
		Duration wait = Duration.ZERO;
		for (String key : new String[] { addressKey(address), accountKey(address, username) }) {
			Count count = counts.get(key);
			if (count != null && now.isBefore(count.notBefore())) {
				Duration left = Duration.between(now, count.notBefore());
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		return wait;
	}

	void failed(String address, String username) {
		Instant now = clock.instant();
		count(addressKey(address), settings.freeFailuresPerAddress(), now);
		count(accountKey(address, username), settings.freeFailuresPerAccount(), now);
		if (counts.size() > MAX_KEYS) {
			forgetQuiet(now);
		}
	}

	/** The owner got in: their account's count from this address starts again (the address's stays). */
	void succeeded(String address, String username) {
		counts.remove(accountKey(address, username));
	}

	/** An administrator unlocks: the account's counts from every address are forgotten. */
	void forget(String username) {
		String suffix = "|" + normalize(username);
		counts.keySet().removeIf(key -> key.startsWith("account|") && key.endsWith(suffix));
	}

	/** Whether the account is being slowed from any address now (for the administrators' list). */
	boolean slowed(String username) {
		Instant now = clock.instant();
		String suffix = "|" + normalize(username);
		return counts.entrySet()
			.stream()
			.anyMatch(e -> e.getKey().startsWith("account|") && e.getKey().endsWith(suffix)
					&& now.isBefore(e.getValue().notBefore()));
	}

	private void count(String key, int free, Instant now) {
		counts.compute(key, (k, before) -> {
			int failures = before == null || Duration.between(before.last(), now).compareTo(FORGET_AFTER) > 0 ? 1
					: before.failures() + 1;
			return new Count(failures, now, now.plus(waitAfter(failures, free, settings.longestWait())));
		});
	}

	static Duration waitAfter(int failures, int free, Duration longest) {
		if (failures <= free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free - 1, 20);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		return wait.compareTo(longest) > 0 ? longest : wait;
	}

	private void forgetQuiet(Instant now) {
		counts.entrySet().removeIf(e -> Duration.between(e.getValue().last(), now).compareTo(Duration.ofHours(1)) > 0);
	}

	private static String addressKey(String address) {
		return "address|" + address;
	}

	private static String accountKey(String address, String username) {
		return "account|" + address + "|" + normalize(username);
	}

	private static String normalize(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}
}
