package org.steward.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.identity.Accounts;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

/**
 * Runs against the real territory locator and identity accounts (no mocks): the three
 * modules' demo data must agree — the demo point, the officers' and liaisons' accounts and
 * their data scopes.
 */
@IntegrationTest
class DemoDataAcrossModulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organization organization;

	@Autowired
	Departments departments;

	@Test
	void locatesTheDemoPointInYuantianGridOneWithItsStationAndOfficer() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lat", "34.7985").param("lng", "113.6830").param("crs", "WGS84"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grid.code").value("410105010001001"))
			.andExpect(jsonPath("$.community.code").value("410105010001"))
			.andExpect(jsonPath("$.street.code").value("410105010"))
			.andExpect(jsonPath("$.district.code").value("410105"))
			.andExpect(jsonPath("$.station.code").value("yuantian"))
			.andExpect(jsonPath("$.officer.code").value("41010500101"))
			.andExpect(jsonPath("$.officer.name").value("李强"));
	}

	@Test
	void answersNotFoundFarOutsideTheDemoDistrict() throws Exception {
		mvc.perform(get("/api/v1/territory/locate").param("lat", "39.9042").param("lng", "116.4074"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:organization.refused.outsideServiceArea"));
	}

	@Test
	void everyDemoOfficerWithAUsernameHasAnAccountScopedToHisStation() {
		for (Station station : organization.stations()) {
			for (Officer officer : organization.officersOf(station.code())) {
				if (officer.username() == null) {
					continue;
				}
				assertThat(accounts.byUsername(officer.username())).as(officer.username())
					.hasValueSatisfying(user -> assertThat(user.scope()).isEqualTo(new DataScope.Station(station.code())));
			}
		}
		assertThat(accounts.byUsername("station.yuantian")).get().satisfies(u -> assertThat(u.has(Role.STATION_HEAD)).isTrue());
	}

	@Test
	void theSquadLeaderAndTheLiaisonsHaveMatchingAccounts() {
		assertThat(accounts.byUsername("squad.dongfeng")).get()
			.satisfies(u -> assertThat(u.scope()).isEqualTo(new DataScope.Squad("dongfeng")));
		for (Departments.Department department : departments.all()) {
			for (Departments.Liaison liaison : departments.liaisons(department.code())) {
				assertThat(accounts.byUsername(liaison.username())).as(liaison.username())
					.hasValueSatisfying(u -> assertThat(u.scope()).isEqualTo(new DataScope.Department(department.code())));
			}
		}
	}

	@Test
	void theDemoAccountsAreTheSamePeopleAsTheDemoOrganisation() {
		// a case assigned to 李强 must be acknowledged by 李强, not by someone else signed in as him
		for (Station station : organization.stations()) {
			for (Officer officer : organization.officersOf(station.code())) {
				if (officer.username() != null) {
					assertThat(accounts.byUsername(officer.username())).as(officer.username())
						.hasValueSatisfying(u -> assertThat(u.displayName()).endsWith(officer.name()));
				}
			}
		}
		for (Departments.Department department : departments.all()) {
			for (Departments.Liaison liaison : departments.liaisons(department.code())) {
				assertThat(accounts.byUsername(liaison.username())).as(liaison.username())
					.hasValueSatisfying(u -> assertThat(u.displayName()).endsWith(liaison.name()));
			}
		}
	}

	@Test
	void theRealCurrentUserOfABearerTokenIsScopedToHisStation() throws Exception {
		var officer = jwt().jwt(j -> j.subject("officer.yuantian1"))
			.authorities(new SimpleGrantedAuthority(Role.OFFICER.authority()));
		mvc.perform(get("/api/v1/organization/stations/yuantian/on-duty").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.onDuty").isNotEmpty());
		mvc.perform(get("/api/v1/organization/stations/guanhutun/on-duty").with(officer))
			.andExpect(status().isForbidden());
	}
}
