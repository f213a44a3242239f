package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.report;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;

/**
 * Staff pick stations, categories, reassignment and merge targets and account scopes from lists by
 * name instead of typing codes (a typed "园田" found nothing); what they pick is still checked server-side.
 */
@IntegrationTest
class PickedNotTypedPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	private String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theCaseListFiltersByAStationAndACategoryChosenByName() throws Exception {
		String html = page("/cases?station=yuantian", user("command").roles("COMMAND_CENTRE"));
		assertThat(html).containsPattern("<select[^>]*id=\"f-station\"")
			.containsPattern("<option value=\"yuantian\" selected=\"selected\">园田社区执法服务站</option>")
			.containsPattern("<select[^>]*id=\"f-category\"")
			.contains("<option value=\"0502\">0502 ")
			.doesNotContainPattern("<input[^>]*name=\"station\"");
	}

	@Test
	void theStationHeadReassignsToAStationOrAnOfficerByNameAndMergesIntoAListedCase() throws Exception {
		RegisteredCase first = cases.register(report("0502", DEMO_POINT, Instant.now()));
		RegisteredCase duplicate = cases.register(report("0502", DEMO_POINT, Instant.now()));
		RequestPostProcessor head = user("station.yuantian").roles("STATION_HEAD");
		String html = page("/cases/" + duplicate.caseNumber().value(), head);
		assertThat(html).containsPattern("<select[^>]*name=\"target\"[^>]*id=\"reassign-target\"")
			.contains("<optgroup label=\"园田社区执法服务站\">")
			.contains("<option value=\"41010500102\">王芳 · 41010500102</option>")
			.contains("<datalist id=\"merge-target-choices\">")
			.contains("<option value=\"" + first.caseNumber().value() + "\">");
		mvc.perform(post("/cases/{n}/actions/reassign", duplicate.caseNumber().value()).with(head).with(csrf())
			.param("target", "41010500102")
			.param("reason", "王芳在附近"))
			.andExpect(redirectedUrl("/cases/" + duplicate.caseNumber().value()));
		assertThat(page("/cases/" + duplicate.caseNumber().value(), head)).contains("王芳");
		// a code that is no station or officer is still refused, inline, naming the field
		mvc.perform(post("/cases/{n}/actions/reassign", first.caseNumber().value()).with(head).with(csrf())
			.param("target", "园田")
			.param("reason", "typed by hand"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theAdministratorGivesAnAccountAScopeChosenByName() throws Exception {
		String html = page("/admin/accounts", user("admin").roles("ADMIN"));
		assertThat(html).containsPattern("<select[^>]*id=\"scopeCode\"[^>]*name=\"scopeCode\"")
			.contains("data-kind=\"STATION\"")
			.contains("园田社区执法服务站 · yuantian")
			.contains("data-kind=\"DEPARTMENT\"")
			.contains("/js/scope-choices.js");
	}

	@Test
	void outreachPlansPickOfficersByNameAndOfferTheStationsGrids() throws Exception {
		String html = page("/outreach?station=yuantian", user("station.yuantian").roles("STATION_HEAD"));
		assertThat(html).containsPattern("<select[^>]*id=\"slot-officers\"[^>]*name=\"officers\"[^>]*multiple")
			.contains("<option value=\"officer.yuantian2\">王芳</option>")
			.contains("<datalist id=\"slot-grid-choices\">")
			.contains("<option value=\"410105010001001\">");
		String form = page("/outreach/sessions/new?station=yuantian", user("station.yuantian").roles("STATION_HEAD"));
		assertThat(form).containsPattern("<select[^>]*id=\"s-officers\"").contains("<datalist id=\"s-grid-choices\">");
	}

	@Test
	void theAdministratorAssignsAGridPickedFromTheStationsCommunities() throws Exception {
		String html = page("/organization/stations/yuantian", user("admin").roles("ADMIN"));
		assertThat(html).containsPattern("<input[^>]*id=\"gridCode\"[^>]*list=\"grid-choices\"")
			.contains("<option value=\"410105010001001\">");
	}

	@Test
	void outreachListsPickCategoriesByName() throws Exception {
		String html = page("/outreach/lists", user("station.yuantian").roles("STATION_HEAD"));
		assertThat(html).containsPattern("<select[^>]*id=\"b-cats\"[^>]*name=\"categoryCodes\"[^>]*multiple")
			.containsPattern("<select[^>]*id=\"q-cat\"[^>]*name=\"categoryCode\"");
	}
}
