package org.steward.identity;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A staff account: who signs in, with which roles and data scope, and the state of its
 * lockout. The lockout rule lives here so the page login and the API token endpoint cannot
 * apply it differently.
 */
final class Account {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private final @Nullable AccountId id;

	private final String username;

	private final String displayName;

	private final String passwordHash;

	private final Set<Role> roles;

	private final DataScope scope;

	private boolean enabled;

	private int failedAttempts;

	private @Nullable Instant lockedUntil;

	private final Instant createdAt;

	private Instant updatedAt;

	private final int version;

	Account(@Nullable AccountId id, String username, String displayName, String passwordHash, Set<Role> roles,
			DataScope scope, boolean enabled, int failedAttempts, @Nullable Instant lockedUntil, Instant createdAt,
			Instant updatedAt, int version) {
		if (!USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("Not a valid username: " + username);
		}
		if (displayName.isBlank()) {
			throw new IllegalArgumentException("An account needs a display name");
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		this.id = id;
		this.username = username;
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
		this.scope = Objects.requireNonNull(scope);
		this.enabled = enabled;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new, enabled account; the password must already be hashed. */
	static Account open(String username, String displayName, String passwordHash, Set<Role> roles, DataScope scope,
			Instant now) {
		return new Account(null, normalize(username), displayName, passwordHash, roles, scope, true, 0, null, now, now,
				0);
	}

	/** Usernames compare without regard to case or surrounding blanks. */
	static String normalize(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	static boolean isValidUsername(String username) {
		return USERNAME.matcher(normalize(username)).matches();
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/**
	 * Counts a bad password. A lock that has run out starts a fresh count; a running lock is
	 * not extended, so a guesser cannot keep an officer locked out forever by trying on.
	 */
	void recordBadPassword(Instant now, LockoutPolicy policy) {
		if (isLockedAt(now)) {
			return;
		}
		if (lockedUntil != null) {
			lockedUntil = null;
			failedAttempts = 0;
		}
		failedAttempts++;
		if (policy.locksAfter(failedAttempts)) {
			lockedUntil = now.plus(policy.lockDuration());
		}
		updatedAt = now;
	}

	/** A successful sign-in forgives earlier mistakes. Returns whether anything changed. */
	boolean recordSuccessfulSignIn(Instant now) {
		if (failedAttempts == 0 && lockedUntil == null) {
			return false;
		}
		failedAttempts = 0;
		lockedUntil = null;
		updatedAt = now;
		return true;
	}

	/** An administrator lifts a lock before it runs out. */
	void unlock(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		updatedAt = now;
	}

	void disable(Instant now) {
		enabled = false;
		updatedAt = now;
	}

	void enable(Instant now) {
		enabled = true;
		updatedAt = now;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(username, displayName, roles, scope);
	}

	@Nullable AccountId id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Set<Role> roles() {
		return roles;
	}

	DataScope scope() {
		return scope;
	}

	boolean enabled() {
		return enabled;
	}

	int failedAttempts() {
		return failedAttempts;
	}

	@Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	int version() {
		return version;
	}
}
