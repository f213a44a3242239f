package org.steward.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.cases.web.CaseSamples;

/** Which board a user lands on, and who may open which board page. */
@IntegrationTest
class BoardPagesTests {

	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	CaseCommands commands;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void sendsOfficersToTheirStationsBoardAndTheCommandCentreToItsOwn() throws Exception {
		mvc.perform(get("/boards").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(redirectedUrl("/boards/stations/yuantian"));
		mvc.perform(get("/boards").with(user("squad.dongfeng").roles("SQUAD_LEADER")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/boards").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(redirectedUrl("/boards/command"));
		mvc.perform(get("/boards").with(user("liaison.public_security").roles("DEPARTMENT_LIAISON")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSquadLeadersBoardCoversEveryStationOfTheSquad() throws Exception {
		mvc.perform(get("/boards").with(user("squad.dongfeng").roles("SQUAD_LEADER")))
			.andExpect(redirectedUrl("/boards/squads/dongfeng"));
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(CaseSamples.page(
				CaseSamples.summary("410105-2026-930001", CaseStatus.DISPATCHED, "yuantian", clock.instant()),
				CaseSamples.summary("410105-2026-930002", CaseStatus.DISPATCHED, "guanhutun", clock.instant())));
		mvc.perform(get("/boards/squads/dongfeng").with(user("squad.dongfeng").roles("SQUAD_LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"case-410105-2026-930001\"")))
			.andExpect(content().string(containsString("id=\"case-410105-2026-930002\"")))
			.andExpect(content().string(containsString("全部服务站")));
		mvc.perform(get("/boards/squads/dongfeng").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCommandBoardIsTheCommandCentresAndShowsEveryStation() throws Exception {
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(CaseSamples.page(
				CaseSamples.summary("410105-2026-920001", CaseStatus.ESCALATED, "huanghe", clock.instant())));
		mvc.perform(get("/boards/command").with(user("command").roles("COMMAND_CENTRE")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"case-410105-2026-920001\"")))
			.andExpect(content().string(containsString("Escalated")))
			.andExpect(content().string(containsString("<td>Huanghe Community Enforcement Service Station</td>")))
			.andExpect(content().string(containsString("sse-connect=\"/boards/command/stream\"")));
		mvc.perform(get("/boards/command").with(user("station.yuantian").roles("STATION_HEAD")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aStationBoardOutsideTheScopeIsForbidden() throws Exception {
		mvc.perform(get("/boards/stations/huanghe").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/boards/stations/huanghe").with(user("anonymous-none").roles("OFFICER")))
			.andExpect(status().isUnauthorized());
	}
}
