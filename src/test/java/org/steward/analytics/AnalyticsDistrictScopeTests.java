package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.PageVisitor;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;

/**
 * The command centre of one district reads its own district's numbers, cases and exports and none of
 * another's: the district of every row is compared, through the squad that answers for it, with the
 * account's — not taken as "everything" because the role is the command centre's.
 */
@IntegrationTest
class AnalyticsDistrictScopeTests {

	static final String MARCH = AnalyticsPagesTests.MARCH;

	static final String PASSWORD = "another-district-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	FactStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Indicators indicators;

	@BeforeEach
	void load() {
		AnalyticsFixture.load(store, jdbc);
	}

	/** A command-centre account of another district (410199, which has no brigade here), opened on the admin page. */
	private MockHttpSession otherDistrictsCommandCentre() throws Exception {
		String username = "cc-other-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/accounts").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", username)
			.param("displayName", "另区指挥中心")
			.param("roles", "COMMAND_CENTRE")
			.param("scopeKind", "DISTRICT")
			.param("scopeCode", "410199")
			.param("password", PASSWORD))
			.andExpect(redirectedUrl("/admin/accounts"));
		return PageVisitor.sessionOf(mvc, username, PASSWORD);
	}

	private String read(MockHttpSession session, String path) throws Exception {
		var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void anotherDistrictsCommandCentreReadsNoneOfThisDistrictsIndicatorsCasesOrExports() throws Exception {
		MockHttpSession other = otherDistrictsCommandCentre();
		MockHttpSession own = PageVisitor.sessionOf(mvc, "command");

		assertThat(read(own, "/analytics?" + MARCH + "&group=SQUAD")).contains("row-dongfeng", "93.72 %");
		assertThat(read(other, "/analytics?" + MARCH + "&group=SQUAD")).doesNotContain("row-dongfeng", "row-wenhua",
				"row-fengchan", "93.72 %");
		assertThat(read(own, "/analytics?" + MARCH + "&group=DISTRICT")).contains("row-410105");
		assertThat(read(other, "/analytics?" + MARCH + "&group=DISTRICT")).doesNotContain("row-410105");

		String cases = "/analytics/cases?" + MARCH + "&counter=REGISTERED&group=SQUAD&value=dongfeng";
		assertThat(read(own, cases)).contains("data-case=\"");
		assertThat(read(other, cases)).contains("id=\"case-total\">0<").doesNotContain("data-case=\"");
		assertThat(read(other, "/analytics/cases?" + MARCH + "&counter=REGISTERED&group=DISTRICT&value=410105"))
			.contains("id=\"case-total\">0<");

		String export = "/analytics/export/cases.csv?" + MARCH + "&counter=REGISTERED";
		String ownCsv = read(own, export);
		String someCase = AnalyticsFixture.facts().getFirst().caseNumber();
		assertThat(ownCsv).contains(someCase);
		assertThat(read(other, export)).doesNotContain(someCase);
		assertThat(read(other, "/analytics/export/indicators.csv?" + MARCH + "&group=SQUAD")).doesNotContain("dongfeng");
		assertThat(read(other, "/analytics/league?" + MARCH)).doesNotContain("league-row-dongfeng");
	}

	@Test
	void inAnOrganisationOfSeveralDistrictsEachReadsTheRowsOfItsOwnSquads() {
		Organization two = mock(Organization.class);
		when(two.districts()).thenReturn(List.of("410105", "410102"));
		when(two.squadsOfDistrict("410105")).thenReturn(List.of("dongfeng"));
		CurrentUser command = new CurrentUser("cc", "指挥中心", Set.of(Role.COMMAND_CENTRE), new DataScope.District("410105"));
		AnalyticsScope scope = AnalyticsScope.of(command, two);
		assertThat(scope).isEqualTo(new AnalyticsScope.District("410105", List.of("dongfeng")));

		long dongfeng = AnalyticsFixture.facts().stream()
			.filter(f -> f.squadCode().equals("dongfeng") && f.counters().get(Counter.REGISTERED) == 1)
			.count();
		assertThat(indicators.total(AnalyticsFixture.march(), scope, Locale.ROOT).count(Counter.REGISTERED))
			.isEqualTo(dongfeng)
			.isLessThan(indicators.total(AnalyticsFixture.march(), new AnalyticsScope.District(), Locale.ROOT)
				.count(Counter.REGISTERED));
		assertThat(indicators.cases(AnalyticsFixture.march(), Counter.REGISTERED, Dimension.SQUAD, "wenhua", scope, 0, 10)
			.total()).isZero();
		assertThat(scope.coversSquad("wenhua")).isFalse();

		// the organisation's one district reads everything, cases routed to no station included
		Organization one = mock(Organization.class);
		when(one.districts()).thenReturn(List.of("410105"));
		assertThat(AnalyticsScope.of(command, one)).isEqualTo(new AnalyticsScope.District("410105", null));
	}
}
