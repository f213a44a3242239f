package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.IntegrationTest;
import org.steward.cluster.ReferenceDataChanged;

/**
 * The token check's cache of "is this account enabled?" forgets its answers when another node
 * says accounts changed, instead of waiting for them to expire.
 */
@IntegrationTest
class TokenCacheAcrossNodesTests {

	@Autowired
	JdbcAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void enableAgain() {
		jdbc.update("update identity_account set enabled = true where username = 'officer.yuantian2'");
		events.publishEvent(new ReferenceDataChanged(ReferenceDataChanged.Kind.ACCOUNTS, true));
	}

	@Test
	void anAccountDisabledOnAnotherNodeIsRefusedAsSoonAsThatNodeSaysSo() {
		assertThat(accounts.enabledForTokens("officer.yuantian2")).isTrue();
		// what another node's administration writes, without passing through this node's cache
		jdbc.update("update identity_account set enabled = false where username = 'officer.yuantian2'");
		assertThat(accounts.enabledForTokens("officer.yuantian2")).as("still the cached answer").isTrue();

		events.publishEvent(new ReferenceDataChanged(ReferenceDataChanged.Kind.ACCOUNTS, true));

		assertThat(accounts.enabledForTokens("officer.yuantian2")).isFalse();
	}

	@Test
	void anotherKindOfChangeLeavesTheAnswersCached() {
		assertThat(accounts.enabledForTokens("officer.yuantian2")).isTrue();
		jdbc.update("update identity_account set enabled = false where username = 'officer.yuantian2'");

		events.publishEvent(new ReferenceDataChanged(ReferenceDataChanged.Kind.CALENDAR, true));

		assertThat(accounts.enabledForTokens("officer.yuantian2")).isTrue();
	}
}
