package org.steward.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cluster.ReferenceDataChanged;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The accounts table. Reads of whole accounts (sign-in, administration) always go to the
 * table. The one hot read — "is the account behind this bearer token still enabled?", asked on
 * every API call — is answered from a small cache of a few seconds ({@link #enabledForTokens}):
 * every write of an account passes through this class and evicts its entry, on this node at
 * once and again after the writing transaction ends, so a disable made here is refused on the
 * next request. Every write also publishes {@link ReferenceDataChanged} (accounts), which the
 * other nodes hear on commit and drop their whole cache; the expiry stays as the bound for a
 * node that was not listening at that moment (ADR 0002).
 */
@Component
class JdbcAccounts {

	/** Entries kept at most: every account of a large district, with room to spare. */
	static final int TOKEN_CACHE_SIZE = 10_000;

	private static final String COLUMNS = """
			id, username, display_name, password_hash, roles, scope_kind, scope_code, enabled,
			failed_attempts, locked_until, created_at, updated_at, version""";

	private final JdbcClient jdbc;

	/** Normalized username → enabled (false also for an account that does not exist). */
	private final Cache<String, Boolean> enabledForTokens;

	/**
	 * Every account, for "who holds this role" ({@link SignedInAccounts#holding}): each registration
	 * asks it for the staff to notify, twice in the request and again for each joint task, and each
	 * answer was a scan of the whole table (bench/run, issue 17). Kept as briefly as the token answers
	 * and dropped by every account write on this node, like them.
	 */
	private final Cache<Boolean, List<Account>> everyAccount;

	private final ApplicationEventPublisher events;

	JdbcAccounts(JdbcClient jdbc, IdentityProperties settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.enabledForTokens = Caffeine.newBuilder()
			.maximumSize(TOKEN_CACHE_SIZE)
			.expireAfterWrite(settings.security().tokenAccountCache())
			.build();
		this.everyAccount = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(settings.security().tokenAccountCache()).build();
	}

	/**
	 * {@link #all()} through the short cache described at {@link #everyAccount}. Read outside the
	 * cache's lock, never in {@code Cache.get(key, loader)}: the callers are in transactions holding
	 * pool connections, and one that read while holding the lock made every other caller wait for it
	 * with their connections; when the reader had no transaction of its own (the deadline sweep), it
	 * waited for a connection none of them would give back — bench/run at 64 reporters, 30 s until
	 * the pool's timeout. Two readers at once after expiry read the table twice; that is all.
	 */
	List<Account> allCached() {
		List<Account> known = everyAccount.getIfPresent(Boolean.TRUE);
		if (known != null) {
			return known;
		}
		List<Account> read = all();
		everyAccount.put(Boolean.TRUE, read);
		return read;
	}

	/**
	 * Whether the account may still use its API tokens: enabled and not removed. Read through
	 * the cache; see the class comment for how fresh the answer is.
	 */
	boolean enabledForTokens(String username) {
		return enabledForTokens.get(Account.normalize(username),
				normalized -> find(normalized).map(Account::enabled).orElse(false));
	}

	/**
	 * Drops the cached answer now and once more when the current transaction ends: a token
	 * check running between the two could otherwise read and cache the row as it was before
	 * this (not yet committed) write.
	 */
	private void evict(String username) {
		String normalized = Account.normalize(username);
		enabledForTokens.invalidate(normalized);
		events.publishEvent(ReferenceDataChanged.of(ReferenceDataChanged.Kind.ACCOUNTS));
		everyAccount.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					enabledForTokens.invalidate(normalized);
					everyAccount.invalidateAll();
				}
			});
		}
	}

	/** Another node changed an account (or this node reconnected and may have missed it): forget every answer. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ReferenceDataChanged event) {
		if (event.kind() == ReferenceDataChanged.Kind.ACCOUNTS && event.relayed()) {
			enabledForTokens.invalidateAll();
			everyAccount.invalidateAll();
		}
	}

	@Transactional(readOnly = true)
	Optional<Account> find(String username) {
		return jdbc.sql("select " + COLUMNS + " from identity_account where username = :username")
			.param("username", Account.normalize(username))
			.query(JdbcAccounts::map)
			.optional();
	}

	@Transactional(readOnly = true)
	List<Account> all() {
		return jdbc.sql("select " + COLUMNS + " from identity_account order by username").query(JdbcAccounts::map).list();
	}

	@Transactional
	Account insert(Account account) {
		evict(account.username());
		jdbc.sql("""
				insert into identity_account (username, display_name, password_hash, roles, scope_kind, scope_code,
				    enabled, failed_attempts, locked_until, created_at, updated_at, version)
				values (:username, :displayName, :passwordHash, :roles, :scopeKind, :scopeCode,
				    :enabled, :failedAttempts, :lockedUntil, :createdAt, :updatedAt, 0)""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("passwordHash", account.passwordHash())
			.param("roles", joinRoles(account.roles()))
			.param("scopeKind", account.scope().kind())
			.param("scopeCode", account.scope().code())
			.param("enabled", account.enabled())
			.param("failedAttempts", account.failedAttempts())
			.param("lockedUntil", utc(account.lockedUntil()))
			.param("createdAt", utc(account.createdAt()))
			.param("updatedAt", utc(account.updatedAt()))
			.update();
		return find(account.username()).orElseThrow();
	}

	/** Saves the mutable state; fails if someone else saved the account since it was read. */
	@Transactional
	void update(Account account) {
		evict(account.username());
		int rows = jdbc.sql("""
				update identity_account
				set enabled = :enabled, failed_attempts = :failedAttempts, locked_until = :lockedUntil,
				    updated_at = :updatedAt, version = version + 1
				where id = :id and version = :version""")
			.param("enabled", account.enabled())
			.param("failedAttempts", account.failedAttempts())
			.param("lockedUntil", utc(account.lockedUntil()))
			.param("updatedAt", utc(account.updatedAt()))
			.param("id", java.util.Objects.requireNonNull(account.id()).value())
			.param("version", account.version())
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("Account " + account.username() + " was changed concurrently");
		}
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(new AccountId(rs.getLong("id")), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), parseRoles(rs.getString("roles")),
				DataScope.of(rs.getString("scope_kind"), rs.getString("scope_code")), rs.getBoolean("enabled"),
				rs.getInt("failed_attempts"), instant(rs, "locked_until"),
				java.util.Objects.requireNonNull(instant(rs, "created_at")),
				java.util.Objects.requireNonNull(instant(rs, "updated_at")), rs.getInt("version"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	// PostgreSQL's driver binds OffsetDateTime to timestamptz but has no mapping for Instant
	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static String joinRoles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	static Set<Role> parseRoles(String roles) {
		EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(parsed::add);
		return parsed;
	}
}
