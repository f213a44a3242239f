package org.steward.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing without letting a stranger lock anyone out. Failed sign-ins are counted per
 * address and per account seen from that address; past a few free failures each further one makes the
 * next attempt wait twice as long (1 s, 2 s, 4 s … up to 15 minutes), on the injected clock. An attempt
 * made while its wait runs is not even checked. Because an account's count is kept per address, guesses
 * from one address never delay the account's owner signing in from another — so anonymous requests cannot
 * lock {@code admin} — while the per-address count still slows a guesser trying many accounts. Unknown
 * accounts are counted exactly like known ones, and every refusal has the same answer (no account
 * enumeration). An administrator's unlock forgets an account's counts.
 * <p>
 * The counts live in the database ({@code identity_sign_in_failure}), so a guesser spreading attempts
 * over the nodes behind a load balancer meets one count, not one per node. A count is raised by a single
 * conditional statement (two nodes counting at once both count); the wait is computed when read, from the
 * count, the time of the last failure and this node's thresholds. Counts quiet for a day are deleted, so
 * the table holds at most the addresses and accounts that failed in the last day.
 */
@Component
class SignInThrottle {

	static final Duration FIRST_WAIT = Duration.ofSeconds(1);

	/** Counts not touched for this long are forgotten. */
	static final Duration FORGET_AFTER = Duration.ofHours(24);

	private final Clock clock;

	private final IdentityProperties.SignIn settings;

	private final JdbcClient jdbc;

	// its own short transactions: a sign-in's count must stand even if a surrounding transaction rolls back
	private final TransactionTemplate own;

	SignInThrottle(Clock clock, IdentityProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.clock = clock;
		this.settings = properties.signIn();
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	private record Count(String key, int failures, Instant last) {
	}

	/** How long an attempt for this account from this address must still wait; zero when it may go ahead. */
	Duration waitFor(String address, String username) {
		Instant now = clock.instant();
		String addressKey = addressKey(address);
		Duration wait = Duration.ZERO;
		for (Count count : counts("throttle_key in (:a, :b)", List.of(addressKey, accountKey(address, username)))) {
			int free = count.key().equals(addressKey) ? settings.freeFailuresPerAddress()
					: settings.freeFailuresPerAccount();
			Instant notBefore = count.last().plus(waitAfter(count.failures(), free, settings.longestWait()));
			if (now.isBefore(notBefore)) {
				Duration left = Duration.between(now, notBefore);
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		return wait;
	}

	void failed(String address, String username) {
		Instant now = clock.instant();
		count(addressKey(address), null, now);
		count(accountKey(address, username), accountHash(username), now);
	}

	/** The owner got in: their account's count from this address starts again (the address's stays). */
	void succeeded(String address, String username) {
		own.executeWithoutResult(status -> jdbc.sql("delete from identity_sign_in_failure where throttle_key = :k")
			.param("k", accountKey(address, username))
			.update());
	}

	/** An administrator unlocks: the account's counts from every address are forgotten. */
	void forget(String username) {
		own.executeWithoutResult(status -> jdbc.sql("delete from identity_sign_in_failure where account_hash = :h")
			.param("h", accountHash(username))
			.update());
	}

	/** Whether the account is being slowed from any address now (for the administrators' list). */
	boolean slowed(String username) {
		Instant now = clock.instant();
		return counts("account_hash = :a", List.of(accountHash(username))).stream()
			.anyMatch(c -> now.isBefore(
					c.last().plus(waitAfter(c.failures(), settings.freeFailuresPerAccount(), settings.longestWait()))));
	}

	private List<Count> counts(String where, List<String> values) {
		var sql = jdbc.sql("select throttle_key, failures, last_at from identity_sign_in_failure where " + where);
		sql = values.size() == 1 ? sql.param("a", values.get(0)) : sql.param("a", values.get(0)).param("b", values.get(1));
		Instant forgotten = clock.instant().minus(FORGET_AFTER);
		return sql.query((rs, n) -> new Count(rs.getString("throttle_key"), rs.getInt("failures"),
				rs.getObject("last_at", OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.filter(c -> c.last().isAfter(forgotten))
			.toList();
	}

	/**
	 * One more failure on the key, in a transaction of its own: a single conditional update (a count quiet
	 * for a day starts again at one); the first failure inserts the row — and should another node insert it
	 * first, the insert fails, its transaction rolls back and the update runs again.
	 */
	private void count(String key, @Nullable String accountHash, Instant now) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				own.executeWithoutResult(status -> countOnce(key, accountHash, now));
				return;
			}
			catch (DuplicateKeyException anotherNodeFirst) {
				// counted there; ours is the next one
			}
		}
	}

	private void countOnce(String key, @Nullable String accountHash, Instant now) {
		int updated = jdbc.sql("""
				update identity_sign_in_failure
				set failures = case when last_at < :forgotten then 1 else failures + 1 end, last_at = :now
				where throttle_key = :k""")
			.param("forgotten", Timestamp.from(now.minus(FORGET_AFTER)))
			.param("now", Timestamp.from(now))
			.param("k", key)
			.update();
		if (updated == 1) {
			return;
		}
		jdbc.sql("insert into identity_sign_in_failure (throttle_key, account_hash, failures, last_at) values (:k, :h, 1, :now)")
			.param("k", key)
			.param("h", accountHash)
			.param("now", Timestamp.from(now))
			.update();
		if (accountHash == null) {
			// a new address failing: the moment to drop what has been quiet for a day (the table stays bounded)
			jdbc.sql("delete from identity_sign_in_failure where last_at < :forgotten")
				.param("forgotten", Timestamp.from(now.minus(FORGET_AFTER)))
				.update();
		}
	}

	static Duration waitAfter(int failures, int free, Duration longest) {
		if (failures <= free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free - 1, 20);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		return wait.compareTo(longest) > 0 ? longest : wait;
	}

	private static String addressKey(String address) {
		return "address|" + cut(address);
	}

	private static String accountKey(String address, String username) {
		return "account|" + cut(address) + "|" + accountHash(username);
	}

	private static String cut(String address) {
		return address.length() <= 64 ? address : address.substring(0, 64);
	}

	/** The user name as typed is not stored: it may be anything a guesser sent (or a password typed into it). */
	static String accountHash(String username) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
		}
	}
}
