package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.steward.Browser;

/**
 * The whole whistle loop in real browsers and with nothing mocked: a resident reports at the
 * demo point on the public page; the report appears on the Yuantian board of a signed-in
 * officer without a reload; the officer opens it and reports for duty (报到).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class WhistleLoopBrowserTests {

	@LocalServerPort
	int port;

	WebDriver resident;

	WebDriver officer;

	@AfterEach
	void closeBrowsers() {
		for (WebDriver browser : new WebDriver[] { resident, officer }) {
			if (browser != null) {
				browser.quit();
			}
		}
	}

	@Test
	void aResidentsReportReachesTheYuantianBoardLiveAndTheOfficerAcknowledgesIt() {
		officer = Browser.open();
		Browser.signIn(officer, url(""), "officer.yuantian1");
		officer.get(url("/boards/stations/yuantian"));
		Browser.waitFor(officer).until(ExpectedConditions.attributeToBe(By.id("board"), "data-connected", "true"));
		String boardUrl = officer.getCurrentUrl();
		Set<String> rowsBefore = rowIds(officer);

		resident = Browser.open();
		resident.get(url("/report"));
		((JavascriptExecutor) resident).executeScript("window.stewardChooseSpot(34.7985, 113.6830, true);");
		new Select(resident.findElement(By.id("categoryCode"))).selectByValue("0101");
		resident.findElement(By.id("description")).sendKeys("园田小区3号楼顶有人在搭彩钢房（端到端测试）");
		WebElement submit = resident.findElement(By.cssSelector("#report-form > .row button.w-100[type=submit]"));
		((JavascriptExecutor) resident).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		Browser.waitFor(resident).until(ExpectedConditions.elementToBeClickable(submit)).click();
		Browser.waitFor(resident).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
		assertThat(resident.findElement(By.id("done-station")).getText()).isEqualTo("园田社区执法服务站");

		// The new case's row arrives over server-sent events: same page, no reload. Overdue rows of the
		// station may arrive meanwhile (the deadline sweep redraws other tests' late cases); the new
		// case is the one new row on time.
		Browser.waitFor(officer).until(driver -> !newRowsOnTime(driver, rowsBefore).isEmpty());
		assertThat(officer.getCurrentUrl()).isEqualTo(boardUrl);
		List<String> added = newRowsOnTime(officer, rowsBefore);
		assertThat(added).hasSize(1);
		WebElement row = officer.findElement(By.id(added.get(0)));
		assertThat(row.getText()).contains("已派遣");
		assertThat(row.findElement(By.cssSelector("[data-deadline]")).getText()).matches("还剩 (\\d+天)?(\\d+小时)?(\\d+分)?");

		row.findElement(By.cssSelector("a")).click();
		WebElement acknowledge = Browser.waitFor(officer)
			.until(ExpectedConditions.elementToBeClickable(By.id("action-acknowledge")));
		acknowledge.click();
		Browser.waitFor(officer).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
		assertThat(officer.findElement(By.id("flash")).getText()).contains("报到");
		assertThat(officer.findElements(By.id("action-acknowledge"))).as("acknowledged once only").isEmpty();

		// The resident's tracking page follows the case, without names or phone numbers.
		resident.findElement(By.id("follow-link")).click();
		Browser.waitFor(resident).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "报到"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static Set<String> rowIds(WebDriver browser) {
		return browser.findElements(By.cssSelector("#board-rows > tr[id^='case-']"))
			.stream()
			.map(e -> e.getDomAttribute("id"))
			.collect(Collectors.toSet());
	}

	private static List<String> newRowsOnTime(WebDriver browser, Set<String> before) {
		return browser.findElements(By.cssSelector("#board-rows > tr[id^='case-']:not(.table-danger)"))
			.stream()
			.map(e -> e.getDomAttribute("id"))
			.filter(id -> !before.contains(id))
			.toList();
	}
}
