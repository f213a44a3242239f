package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.Browser;

/**
 * The command centre in a real headless Chromium: opens the league table of the hand-computed
 * month, ticks two squads, compares them (radar chart and table), clicks a number and lands on
 * exactly the cases it counted; the league table exported to Excel holds the scores the page shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class LeagueBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	FactStore store;

	@Autowired
	JdbcClient jdbc;

	WebDriver command;

	@AfterEach
	void closeBrowser() {
		if (command != null) {
			command.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void comparesTwoSquadsAndANumberLeadsToExactlyItsCases() throws Exception {
		AnalyticsFixture.load(store, jdbc);
		command = Browser.open();
		Browser.signIn(command, url(""), "command");
		command.get(url("/analytics/league?period=MONTH&date=2026-03-01&group=SQUAD"));
		Browser.waitFor(command).until(ExpectedConditions.presenceOfElementLocated(By.id("league-table")));
		String dongfengScore = command.findElement(By.cssSelector("#league-row-dongfeng .score")).getText();
		String wenhuaScore = command.findElement(By.cssSelector("#league-row-wenhua .score")).getText();

		command.findElement(By.id("pick-dongfeng")).click();
		command.findElement(By.id("pick-wenhua")).click();
		command.findElement(By.id("compare")).click();
		Browser.waitFor(command).until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
		Browser.waitFor(command).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-chart canvas")));
		assertThat(command.findElements(By.cssSelector("#compare-table thead th"))).hasSize(3);

		WebElement reworked = command.findElement(By.cssSelector("#compare-REWORK_RATE td[data-code='wenhua'] a.num"));
		int shown = Integer.parseInt(reworked.getText());
		assertThat(shown).isPositive();
		reworked.click();
		Browser.waitFor(command).until(ExpectedConditions.presenceOfElementLocated(By.id("counted-cases")));
		assertThat(command.findElement(By.id("case-total")).getText()).isEqualTo(Integer.toString(shown));
		Set<String> listed = command.findElements(By.cssSelector("tr.counted-case"))
			.stream()
			.map(e -> e.getDomAttribute("data-case"))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> expected = AnalyticsFixture.facts()
			.stream()
			.filter(f -> f.squadCode().equals("wenhua") && f.counters().get(Counter.REWORKED) == 1)
			.map(CaseFact::caseNumber)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(listed).hasSize(shown).isEqualTo(expected);

		String session = command.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/analytics/export/league.xlsx?period=MONTH&date=2026-03-01&group=SQUAD")))
				.header("Cookie", "JSESSIONID=" + session)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			boolean sawDongfeng = false;
			boolean sawWenhua = false;
			for (Row row : book.getSheetAt(0)) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String code = row.getCell(2).getStringCellValue();
				String score = String.format(java.util.Locale.ROOT, "%.2f", row.getCell(3).getNumericCellValue());
				if (code.equals("dongfeng")) {
					sawDongfeng = true;
					assertThat(score).isEqualTo(dongfengScore);
				}
				if (code.equals("wenhua")) {
					sawWenhua = true;
					assertThat(score).isEqualTo(wenhuaScore);
				}
			}
			assertThat(sawDongfeng && sawWenhua).isTrue();
		}
	}
}
