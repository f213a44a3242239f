package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;


import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.IntegrationTest;
import org.steward.PageVisitor;

/** The analytics pages and exports on the hand-computed month, in both languages and every scope. */
@IntegrationTest
class AnalyticsPagesTests {

	static final String MARCH = "period=MONTH&date=2026-03-01";

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

	MvcResult get200(String user, String path) throws Exception {
		MockHttpSession session = PageVisitor.sessionOf(mvc, user);
		MvcResult result = mvc.perform(get(path).session(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path + ": " + result.getResponse().getContentAsString())
			.isEqualTo(200);
		return result;
	}

	@Test
	void theCommandCentreReadsEveryPageInBothLanguages() throws Exception {
		PageVisitor command = PageVisitor.signIn(mvc, "command");
		for (String lang : new String[] { "zh_CN", "en" }) {
			String html = command.read("/analytics?" + MARCH + "&group=SQUAD&lang=" + lang);
			assertThat(html).contains("row-dongfeng", "row-wenhua", "row-fengchan", "93.72 %", "75.82 %");
			assertThat(html).contains(lang.equals("en") ? "Closing rate" : "结案率");
			assertThat(command.read("/analytics/league?" + MARCH + "&lang=" + lang)).contains("league-row-dongfeng");
			assertThat(command.read("/analytics/compare?" + MARCH + "&group=SQUAD&code=dongfeng&code=wenhua&lang=" + lang))
				.contains("compare-col-dongfeng", "compare-col-wenhua", "radar-chart");
			assertThat(command.read("/analytics/savings?" + MARCH + "&lang=" + lang)).contains("route-table",
					"id=\"savings-data\">{\"");
			assertThat(command.read("/analytics/problems?" + MARCH + "&lang=" + lang)).contains("top-categories",
					"id=\"weekly-data\">{\"", "id=\"grid-counts\">{\"");
			assertThat(command.read("/analytics/league?" + MARCH + "&lang=" + lang))
				.contains("id=\"trend-data\">{\"")
				.doesNotContain("<script th:inline", "echarts.init");
			assertThat(command.read("/analytics/practices?lang=" + lang)).contains("publish-form");
		}
		for (String group : new String[] { "DISTRICT", "STATION", "DEPARTMENT", "CATEGORY", "COMMUNITY", "GRID",
				"OFFICER" }) {
			assertThat(command.read("/analytics?" + MARCH + "&group=" + group)).contains("indicator-table");
		}
		for (String period : new String[] { "period=DAY&date=2026-03-02", "period=WEEK&date=2026-03-02",
				"period=QUARTER&date=2026-03-02", "period=CUSTOM&from=2026-03-01&to=2026-03-31" }) {
			assertThat(command.read("/analytics?" + period)).contains("indicator-table");
		}
	}

	@Test
	void aNumberLinksToExactlyTheCasesItCounts() throws Exception {
		PageVisitor command = PageVisitor.signIn(mvc, "command");
		String path = "/analytics/cases?" + MARCH + "&counter=CLOSED_ON_TIME&group=SQUAD&value=wenhua";
		String html = command.read(path);
		java.util.Set<String> expected = new java.util.TreeSet<>();
		AnalyticsFixture.facts().stream()
			.filter(f -> f.squadCode().equals("wenhua") && f.counters().get(Counter.CLOSED_ON_TIME) == 1)
			.forEach(f -> expected.add(f.caseNumber()));
		assertThat(html).contains("id=\"case-total\">" + expected.size() + "<");
		java.util.Set<String> listed = new java.util.TreeSet<>();
		for (int offset = 0; offset < expected.size(); offset += AnalyticsPageController.PAGE) {
			var m = java.util.regex.Pattern.compile("data-case=\"([^\"]+)\"")
				.matcher(command.read(path + "&offset=" + offset));
			while (m.find()) {
				listed.add(m.group(1));
			}
		}
		assertThat(listed).isEqualTo(expected);
	}

	@Test
	void onlyAnalyticsRolesReadAnalytics() throws Exception {
		MockHttpSession officer = PageVisitor.sessionOf(mvc, "officer.yuantian1");
		assertThat(mvc.perform(get("/analytics").session(officer)).andReturn().getResponse().getStatus()).isEqualTo(403);
		MockHttpSession community = PageVisitor.sessionOf(mvc, "community.yuantian");
		assertThat(mvc.perform(get("/analytics/league").session(community)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void aStationHeadSeesTheOwnStationAndASquadLeaderTheOwnSquad() throws Exception {
		String station = get200("station.yuantian", "/analytics?" + MARCH + "&group=STATION").getResponse()
			.getContentAsString();
		assertThat(station).contains("row-yuantian").doesNotContain("row-huanghe", "row-fengchan");
		String cases = get200("station.yuantian", "/analytics/cases?" + MARCH + "&counter=REGISTERED&group=STATION&value=huanghe")
			.getResponse()
			.getContentAsString();
		assertThat(cases).contains("id=\"case-total\">0<");
		String league = get200("squad.dongfeng", "/analytics/league?" + MARCH + "&group=SQUAD").getResponse()
			.getContentAsString();
		assertThat(league).contains("league-row-dongfeng").doesNotContain("league-row-wenhua");
	}

	@Test
	void badInputNamesTheField() throws Exception {
		MockHttpSession command = PageVisitor.sessionOf(mvc, "command");
		for (String path : new String[] { "/analytics?period=YEAR", "/analytics?period=CUSTOM&from=2026-03-01&to=2026-01-01",
				"/analytics?group=PLANET", "/analytics/cases?counter=NOPE", "/analytics?period=DAY&date=yesterday" }) {
			assertThat(mvc.perform(get(path).session(command)).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(400);
		}
	}

	@Test
	void theExcelExportHoldsTheNumbersThePageShows() throws Exception {
		byte[] xlsx = get200("command", "/analytics/export/indicators.xlsx?" + MARCH + "&group=SQUAD").getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			int closedColumn = -1;
			for (var cell : sheet.getRow(0)) {
				if (cell.getStringCellValue().equals("已结案数")) {
					closedColumn = cell.getColumnIndex();
				}
			}
			assertThat(closedColumn).isPositive();
			long sum = 0;
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					sum += (long) row.getCell(closedColumn).getNumericCellValue();
					String code = row.getCell(1).getStringCellValue();
					long expected = indicators.of(AnalyticsFixture.march(), Dimension.SQUAD, code,
							new AnalyticsScope.District()).get(Counter.CLOSED);
					assertThat((long) row.getCell(closedColumn).getNumericCellValue()).as(code).isEqualTo(expected);
				}
			}
			assertThat(sum).isEqualTo(911);
		}
		byte[] cases = get200("command", "/analytics/export/cases.xlsx?" + MARCH + "&counter=CLOSED").getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(cases))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(911);
		}
		String csv = new String(get200("command", "/analytics/export/league.csv?" + MARCH).getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("dongfeng", "wenhua", "fengchan");
		byte[] pdf = get200("command", "/analytics/report.pdf?date=2026-03-01").getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void exportsGuardCellsAgainstFormulas() {
		assertThat(Sheet.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(Sheet.safe("+1")).isEqualTo("'+1");
		assertThat(Sheet.safe("-1")).isEqualTo("'-1");
		assertThat(Sheet.safe("@SUM")).isEqualTo("'@SUM");
		assertThat(Sheet.safe("园田路")).isEqualTo("园田路");
	}

	@Test
	void aSquadPublishesThePracticeTheBrigadeRollsOutAndASecondSquadAdopts() throws Exception {
		jdbc.sql("delete from analytics_practice_adoption").update();
		jdbc.sql("delete from analytics_practice_photo").update();
		jdbc.sql("delete from analytics_practice").update();
		PageVisitor leader = PageVisitor.signIn(mvc, "squad.dongfeng");
		leader.read("/analytics/practices");
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
		MvcResult published = leader.upload("/analytics/practices",
				new MockMultipartFile[] { new MockMultipartFile("photos", "p.jpg", "image/jpeg", jpeg) }, "title",
				"门前三包一店一档", "description", "每店一档，每周回访", "indicator", "HANDLING_RATE", "startedOn", "2026-03-01");
		assertThat(published.getResponse().getStatus()).isEqualTo(302);
		String at = published.getResponse().getRedirectedUrl();
		long id = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));

		assertThat(leader.submit("/analytics/practices/" + id + "/roll-out").getResponse().getStatus()).isEqualTo(403);
		PageVisitor head = PageVisitor.signIn(mvc, "station.yuantian");
		head.read("/analytics/practices");
		assertThat(head.submit("/analytics/practices", "title", "x", "description", "y", "indicator", "HANDLING_RATE",
				"startedOn", "2026-03-01").getResponse().getStatus()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from analytics_practice").query(Long.class).single()).isEqualTo(1);

		MvcResult bad = leader.submit("/analytics/practices", "title", "", "description", "y", "indicator",
				"HANDLING_RATE", "startedOn", "2026-03-01");
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);

		PageVisitor command = PageVisitor.signIn(mvc, "command");
		command.read("/analytics/practices/" + id);
		command.submitAndFollow("/analytics/practices/" + id + "/roll-out");
		command.submitAndFollow("/analytics/practices/" + id + "/adopt", "squad", "wenhua", "adoptedOn", "2026-03-15");
		String page = command.read("/analytics/practices/" + id);
		assertThat(page).contains("rolled-out", "ba-dongfeng-HANDLING_RATE", "ba-wenhua-HANDLING_RATE");
		String asLeader = leader.read("/analytics/practices/" + id + "?lang=en");
		assertThat(asLeader).contains("ba-dongfeng-HANDLING_RATE", "outside your scope");
	}
}
