package org.steward.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

class OrganizationPagesTests extends OrganizationTestSupport {

	@Autowired
	Organization organization;

	@Test
	void showsTheTreeWithDepartmentsAndLiaisons() throws Exception {
		signedInAs("command", Role.COMMAND_CENTRE, new DataScope.District("410105"));
		mvc.perform(get("/organization").with(user("command").roles("COMMAND_CENTRE")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dongfeng Road Squad")))
			.andExpect(content().string(containsString("Yuantian Community Enforcement Service Station")))
			.andExpect(content().string(containsString("李强")))
			.andExpect(content().string(containsString("on-duty")))
			.andExpect(content().string(containsString("孙立")));
	}

	@Test
	void showsTheStationPageWithGridsAndRosterToItsOfficers() throws Exception {
		signedInAs("officer.yuantian1", Role.OFFICER, new DataScope.Station("yuantian"));
		mvc.perform(get("/organization/stations/yuantian").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("410105010001004")))
			.andExpect(content().string(containsString("王芳")))
			.andExpect(content().string(not(containsString("id=\"shift-form\""))))
			.andExpect(content().string(not(containsString("id=\"grid-form\""))));
	}

	@Test
	void refusesAStationPageOutsideTheScope() throws Exception {
		signedInAs("liaison.public_security", Role.DEPARTMENT_LIAISON, new DataScope.Department("PUBLIC_SECURITY"));
		mvc.perform(get("/organization/stations/yuantian").with(user("liaison.public_security").roles("DEPARTMENT_LIAISON")))
			.andExpect(status().isForbidden());
	}

	@Test
	void letsTheStationHeadAddAShift() throws Exception {
		String station = newStation();
		String officer = newOfficer(station);
		signedInAs("head." + station, Role.STATION_HEAD, new DataScope.Station(station));
		mvc.perform(get("/organization/stations/" + station).with(user("head").roles("STATION_HEAD")))
			.andExpect(content().string(containsString("id=\"shift-form\"")));

		mvc.perform(post("/organization/stations/" + station + "/shifts").with(user("head").roles("STATION_HEAD"))
			.with(csrf())
			.param("officer", officer)
			.param("start", "2031-05-01T08:00")
			.param("end", "2031-05-01T20:00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/organization/stations/" + station + "?added"));

		Instant noon = OffsetDateTime.parse("2031-05-01T12:00+08:00").toInstant();
		assertThat(organization.onDuty(station, noon)).extracting(OfficerOnDuty::code).containsExactly(officer);
	}

	@Test
	void showsInlineWhenAShiftEndsBeforeItStarts() throws Exception {
		String station = newStation();
		String officer = newOfficer(station);
		signedInAs("head." + station, Role.STATION_HEAD, new DataScope.Station(station));
		mvc.perform(post("/organization/stations/" + station + "/shifts").with(user("head").roles("STATION_HEAD"))
			.with(csrf())
			.param("officer", officer)
			.param("start", "2031-05-02T20:00")
			.param("end", "2031-05-02T08:00")
			.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The end must be after the start.")));
	}

	@Test
	void showsInlineWhenTheOfficerIsOfAnotherStation() throws Exception {
		String station = newStation();
		String stranger = newOfficer(newStation());
		signedInAs("admin", Role.ADMIN, new DataScope.District("410105"));
		mvc.perform(post("/organization/stations/" + station + "/shifts").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("officer", stranger)
			.param("start", "2031-05-03T08:00")
			.param("end", "2031-05-03T20:00")
			.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This officer does not belong to this station.")));
	}

	@Test
	void refusesRosterEditsByAnOfficer() throws Exception {
		signedInAs("officer.yuantian1", Role.OFFICER, new DataScope.Station("yuantian"));
		mvc.perform(post("/organization/stations/yuantian/shifts").with(user("officer.yuantian1").roles("OFFICER"))
			.with(csrf())
			.param("officer", "41010500101")
			.param("start", "2031-05-04T08:00")
			.param("end", "2031-05-04T20:00"))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesRosterEditsByTheHeadOfAnotherStation() throws Exception {
		signedInAs("station.yuantian", Role.STATION_HEAD, new DataScope.Station("yuantian"));
		mvc.perform(post("/organization/stations/guanhutun/shifts").with(user("station.yuantian").roles("STATION_HEAD"))
			.with(csrf())
			.param("officer", "41010500201")
			.param("start", "2031-05-04T08:00")
			.param("end", "2031-05-04T20:00"))
			.andExpect(status().isForbidden());
	}

	@Test
	void letsTheStationHeadRemoveAShift() throws Exception {
		String station = newStation();
		String officer = newOfficer(station);
		jdbc.sql("""
				insert into duty_shift (officer_code, station_code, starts_at, ends_at)
				values (:o, :s, timestamp with time zone '2031-06-01 08:00:00+08:00',
				        timestamp with time zone '2031-06-01 20:00:00+08:00')""")
			.param("o", officer)
			.param("s", station)
			.update();
		long id = jdbc.sql("select id from duty_shift where officer_code = :o").param("o", officer).query(Long.class).single();
		signedInAs("head." + station, Role.STATION_HEAD, new DataScope.Station(station));

		mvc.perform(post("/organization/stations/" + station + "/shifts/" + id + "/delete")
			.with(user("head").roles("STATION_HEAD"))
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select count(*) from duty_shift where id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	@Test
	void letsAnAdministratorReassignAGrid() throws Exception {
		String station = newStation();
		String officer = newOfficer(station);
		String grid = communityOf(station) + "001";
		signedInAs("admin", Role.ADMIN, new DataScope.District("410105"));

		mvc.perform(post("/admin/organization/stations/" + station + "/grids").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("gridCode", grid)
			.param("officer", officer))
			.andExpect(status().is3xxRedirection());

		assertThat(organization.responsibilityFor(grid)).get().extracting(r -> r.officer().code()).isEqualTo(officer);
	}

	@Test
	void reportsAGridOutsideTheStationBackToTheForm() throws Exception {
		String station = newStation();
		String officer = newOfficer(station);
		signedInAs("admin", Role.ADMIN, new DataScope.District("410105"));

		mvc.perform(post("/admin/organization/stations/" + station + "/grids").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("gridCode", "410105010001001")
			.param("officer", officer))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"grid-gridCode-error\"")))
			.andExpect(content().string(containsString("该网格不在本站服务的社区内。")))
			.andExpect(content().string(containsString("value=\"410105010001001\"")));
	}

	@Test
	void refusesGridAssignmentToNonAdministrators() throws Exception {
		mvc.perform(post("/admin/organization/stations/yuantian/grids").with(user("station.yuantian").roles("STATION_HEAD"))
			.with(csrf())
			.param("gridCode", "410105010001001")
			.param("officer", "41010500102"))
			.andExpect(status().isForbidden());
		assertThat(organization.responsibilityFor("410105010001001")).get()
			.extracting(r -> r.officer().code())
			.isEqualTo("41010500101");
	}
}
