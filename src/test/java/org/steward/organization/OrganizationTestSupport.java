package org.steward.organization;

import static org.mockito.BDDMockito.given;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.territory.Locator;

/**
 * Whole-app tests of this module with identity's {@link Accounts} facade mocked, so a test
 * can act with any role and scope, and territory's {@link Locator} spied (one shared
 * application context for every subclass). Stations made here get unique codes and a random
 * community, so tests do not collide with each other or with the demo data.
 */
@IntegrationTest
abstract class OrganizationTestSupport {

	@MockitoBean
	Accounts accounts;

	/** The real locator, spied so a test can place a point in a grid the demo data lacks. */
	@MockitoSpyBean
	Locator locator;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationCache cache;

	void signedInAs(String username, Role role, DataScope scope) {
		given(accounts.current()).willReturn(Optional.of(new CurrentUser(username, username, Set.of(role), scope)));
	}

	static String unique(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
	}

	/** A new station of squad dongfeng serving a new random community; returns its code. */
	String newStation() {
		String code = unique("t-");
		jdbc.sql("insert into station (code, name_zh, name_en, squad_code) values (:c, :c, :c, 'dongfeng')")
			.param("c", code)
			.update();
		jdbc.sql("insert into station_community (station_code, community_code) values (:s, :community)")
			.param("s", code)
			.param("community", "99" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L))
			.update();
		cache.changed(); // as an administrator's edit of the organisation would
		return code;
	}

	String communityOf(String station) {
		return jdbc.sql("select community_code from station_community where station_code = :s")
			.param("s", station)
			.query(String.class)
			.single();
	}

	String newOfficer(String station) {
		return newOfficer(station, true);
	}

	String newOfficer(String station, boolean active) {
		String code = unique("o-");
		jdbc.sql("insert into officer (code, name, phone, station_code, active) values (:c, :c, '13900001111', :s, :a)")
			.param("c", code)
			.param("s", station)
			.param("a", active)
			.update();
		return code;
	}
}
