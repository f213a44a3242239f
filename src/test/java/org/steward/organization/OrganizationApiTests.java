package org.steward.organization;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

class OrganizationApiTests extends OrganizationTestSupport {

	private static RequestPostProcessor token(Role role) {
		return jwt().authorities(new SimpleGrantedAuthority(role.authority()));
	}

	@Test
	void listsDepartmentsPubliclyWithMaskedLiaisonPhones() throws Exception {
		mvc.perform(get("/api/v1/departments"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'PUBLIC_SECURITY')].nameEn").value("Public security (police)"))
			.andExpect(jsonPath("$[?(@.code == 'PUBLIC_SECURITY')].liaisons[0].name").value("马骏"))
			.andExpect(jsonPath("$[?(@.code == 'PUBLIC_SECURITY')].liaisons[0].phone").value("139****0002"))
			.andExpect(jsonPath("$..liaisons[*].phone", not(hasItem("13900000002"))));
	}

	@Test
	void listsSquadsAndStationsForAnyAccount() throws Exception {
		signedInAs("liaison.fire_rescue", Role.DEPARTMENT_LIAISON, new DataScope.Department("FIRE_RESCUE"));
		mvc.perform(get("/api/v1/organization/squads").with(token(Role.DEPARTMENT_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'dongfeng')].stationCodes[*]", hasItem("yuantian")))
			.andExpect(jsonPath("$[?(@.code == 'dongfeng')].stationCodes[*]", hasItem("guanhutun")));
		mvc.perform(get("/api/v1/organization/stations").with(token(Role.DEPARTMENT_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'huanghe')].squadCode").value("wenhua"));
	}

	@Test
	void refusesTheDirectoriesWithoutAToken() throws Exception {
		mvc.perform(get("/api/v1/organization/stations")).andExpect(status().isUnauthorized());
	}

	@Test
	void showsAStationsOfficersAndGridsToItsHead() throws Exception {
		signedInAs("station.yuantian", Role.STATION_HEAD, new DataScope.Station("yuantian"));
		mvc.perform(get("/api/v1/organization/stations/yuantian").with(token(Role.STATION_HEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.station.code").value("yuantian"))
			.andExpect(jsonPath("$.squad.code").value("dongfeng"))
			.andExpect(jsonPath("$.officers[?(@.code == '41010500100')].head").value(true))
			.andExpect(jsonPath("$.grids[?(@.gridCode == '410105010001003')].officer.code").value("41010500102"));
	}

	@Test
	void commandCentreSeesOnDutyAtEveryStation() throws Exception {
		signedInAs("command", Role.COMMAND_CENTRE, new DataScope.District("410105"));
		mvc.perform(get("/api/v1/organization/stations/huanghe/on-duty").with(token(Role.COMMAND_CENTRE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stationCode").value("huanghe"))
			.andExpect(jsonPath("$.stationHead.code").value("41010500301"));
	}

	@Test
	void adminSeesOnDutyAtEveryStation() throws Exception {
		signedInAs("admin", Role.ADMIN, new DataScope.District("410105"));
		mvc.perform(get("/api/v1/organization/stations/fengchan/on-duty").with(token(Role.ADMIN)))
			.andExpect(status().isOk());
	}

	@Test
	void squadLeaderSeesOnlyTheStationsOfHisSquad() throws Exception {
		signedInAs("squad.dongfeng", Role.SQUAD_LEADER, new DataScope.Squad("dongfeng"));
		mvc.perform(get("/api/v1/organization/stations/guanhutun/on-duty").with(token(Role.SQUAD_LEADER)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/organization/stations/huanghe/on-duty").with(token(Role.SQUAD_LEADER)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:organization.refused.outsideScope"));
	}

	@Test
	void officerSeesOnlyHisOwnStation() throws Exception {
		signedInAs("officer.yuantian1", Role.OFFICER, new DataScope.Station("yuantian"));
		mvc.perform(get("/api/v1/organization/stations/yuantian/on-duty").with(token(Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.onDuty").isNotEmpty());
		mvc.perform(get("/api/v1/organization/stations/guanhutun/on-duty").with(token(Role.OFFICER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void stationHeadSeesOnlyHisOwnStation() throws Exception {
		signedInAs("station.yuantian", Role.STATION_HEAD, new DataScope.Station("yuantian"));
		mvc.perform(get("/api/v1/organization/stations/yuantian/on-duty").with(token(Role.STATION_HEAD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/organization/stations/fengchan/on-duty").with(token(Role.STATION_HEAD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void communityStaffSeeTheStationOfTheirCommunity() throws Exception {
		signedInAs("community.yuantian", Role.COMMUNITY_STAFF, new DataScope.Community("410105010001"));
		mvc.perform(get("/api/v1/organization/stations/yuantian/on-duty").with(token(Role.COMMUNITY_STAFF)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/organization/stations/guanhutun/on-duty").with(token(Role.COMMUNITY_STAFF)))
			.andExpect(status().isForbidden());
	}

	@Test
	void liaisonsSeeNoStation() throws Exception {
		signedInAs("liaison.public_security", Role.DEPARTMENT_LIAISON, new DataScope.Department("PUBLIC_SECURITY"));
		mvc.perform(get("/api/v1/organization/stations/yuantian/on-duty").with(token(Role.DEPARTMENT_LIAISON)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organization/stations/yuantian").with(token(Role.DEPARTMENT_LIAISON)))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersAnEmptyListAndTheHeadWhenNobodyIsOnDuty() throws Exception {
		signedInAs("command", Role.COMMAND_CENTRE, new DataScope.District("410105"));
		mvc.perform(get("/api/v1/organization/stations/yuantian/on-duty").param("at", "2001-01-01T00:00:00Z")
			.with(token(Role.COMMAND_CENTRE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.onDuty").isEmpty())
			.andExpect(jsonPath("$.stationHead.name").value("张伟"));
	}

	@Test
	void answersNotFoundForAnUnknownStation() throws Exception {
		signedInAs("command", Role.COMMAND_CENTRE, new DataScope.District("410105"));
		mvc.perform(get("/api/v1/organization/stations/nowhere/on-duty").with(token(Role.COMMAND_CENTRE)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:organization.refused.unknownStation"));
	}
}
