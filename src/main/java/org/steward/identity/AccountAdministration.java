package org.steward.identity;

import java.time.Clock;
import java.util.function.BiConsumer;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, unlocking, disabling and enabling accounts — one account per transaction. */
@Service
class AccountAdministration {

	private final JdbcAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final SignInThrottle throttle;

	AccountAdministration(JdbcAccounts accounts, PasswordEncoder passwordEncoder, Clock clock, SignInThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	Account open(NewAccount request) {
		if (accounts.find(request.username()).isPresent()) {
			throw IdentityRefusals.usernameTaken(request.username());
		}
		if (!ScopeCodeFormat.accepts(request.scope().kind(), request.scope().code())) {
			throw IdentityRefusals.invalidScopeCode(request.scope().kind());
		}
		if (!PasswordPolicy.accepts(request.password())) {
			throw IdentityRefusals.passwordTooShort();
		}
		return accounts.insert(Account.open(request.username(), request.displayName(),
				passwordEncoder.encode(request.password()), request.roles(), request.scope(), clock.instant()));
	}

	@Transactional
	void unlock(String username) {
		throttle.forget(username);
		change(username, Account::unlock);
	}

	@Transactional
	void enable(String username) {
		change(username, Account::enable);
	}

	/** Disabling also ends the account's API tokens at their next use. */
	@Transactional
	void disable(String username, String byAdministrator) {
		if (Account.normalize(username).equals(Account.normalize(byAdministrator))) {
			throw IdentityRefusals.cannotDisableYourself();
		}
		change(username, Account::disable);
	}

	private void change(String username, BiConsumer<Account, java.time.Instant> change) {
		Account account = accounts.find(username).orElseThrow(() -> IdentityRefusals.unknownAccount(username));
		change.accept(account, clock.instant());
		accounts.update(account);
	}
}
