package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** An empty production install gets its first administrator from configuration, once, and never a second. */
class FirstAdministratorTests {

	private final JdbcAccounts accounts = mock(JdbcAccounts.class);

	private final AccountAdministration administration = mock(AccountAdministration.class);

	private static Account account(String username, Role role) {
		return Account.open(username, username, "{noop}x", Set.of(role), new DataScope.District("410105"), Instant.now());
	}

	@Test
	void opensTheConfiguredAdministratorWhenThereIsNone() {
		when(accounts.all()).thenReturn(List.of(account("officer.x", Role.OFFICER)));
		when(administration.open(any())).thenAnswer(call -> account(((NewAccount) call.getArgument(0)).username(), Role.ADMIN));
		new FirstAdministrator(new FirstAdministrator.Settings("chief", "a-long-passphrase", "410105"), accounts,
				administration).run(null);
		ArgumentCaptor<NewAccount> opened = ArgumentCaptor.forClass(NewAccount.class);
		verify(administration).open(opened.capture());
		assertThat(opened.getValue().username()).isEqualTo("chief");
		assertThat(opened.getValue().roles()).containsExactly(Role.ADMIN);
		assertThat(opened.getValue().scope()).isEqualTo(new DataScope.District("410105"));
	}

	@Test
	void opensNothingOnceAnAdministratorExistsOrWhenNotConfigured() {
		when(accounts.all()).thenReturn(List.of(account("admin", Role.ADMIN)));
		new FirstAdministrator(new FirstAdministrator.Settings("chief", "a-long-passphrase", "410105"), accounts,
				administration).run(null);
		new FirstAdministrator(new FirstAdministrator.Settings("", "", ""), accounts, administration).run(null);
		verify(administration, never()).open(any());
	}
}
