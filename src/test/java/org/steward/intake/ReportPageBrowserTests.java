package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.Browser;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseStatus;
import org.steward.cases.Cases;
import org.steward.cases.RegisteredCase;
import org.steward.cases.TrackingCode;
import org.steward.territory.GeoPoint;

/** The public report page in a real browser: spot on the map, the duplicate offer, join, PRG to the code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class ReportPageBrowserTests {

	@LocalServerPort
	int port;

	@MockitoBean
	Cases cases;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		when(cases.openNear(anyString(), any(GeoPoint.class), anyDouble(), anyInt())).thenReturn(List.of());
		when(cases.register(any())).thenAnswer(invocation -> IntakeTestSupport.registered());
		browser = Browser.open();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void chooseSpotAndCategory(String category) {
		browser.get("http://localhost:" + port + "/report");
		((JavascriptExecutor) browser).executeScript("window.stewardChooseSpot(34.7985, 113.683, true);");
		new Select(browser.findElement(By.id("categoryCode"))).selectByValue(category);
	}

	/**
	 * Scrolls the button to the middle first (on a small window the map's controls may cover it), at once:
	 * Bootstrap makes scrolling smooth, and a click computed mid-scroll lands beside the button.
	 */
	private void click(By button) {
		var element = browser.findElement(button);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	@Test
	void reportsAProblemAndShowsTheTrackingCode() {
		chooseSpotAndCategory("0101");
		browser.findElement(By.id("description")).sendKeys("楼顶在搭彩钢房，已经三天了");
		click(By.cssSelector("#report-form > .row button.w-100[type=submit]"));
		Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));

		assertThat(browser.getCurrentUrl()).contains("/report/done/");
		assertThat(browser.findElement(By.id("tracking-code")).getText()).matches("[2-9A-Z]{10}");
		assertThat(browser.findElement(By.id("done-station")).getText()).isEqualTo("园田社区执法服务站");
	}

	@Test
	void offersAnOpenCaseNearbyAndJoinsIt() {
		CaseNumber open = CaseNumber.of("410105", 2026, 42);
		TrackingCode code = new TrackingCode("NEARBY2345");
		when(cases.openNear(eq("0502"), any(GeoPoint.class), anyDouble(), anyInt())).thenReturn(List
			.of(new Cases.NearbyCase(open, "JWNMEZ2345", "0502", CaseStatus.DISPATCHED, 18, 2, Instant.now())));
		when(cases.addSupporter(eq(open), any())).thenReturn(new RegisteredCase(open, code, CaseStatus.DISPATCHED,
				IntakeTestSupport.GRID, IntakeTestSupport.STATION, null, null, true));

		chooseSpotAndCategory("0502");
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("report-map"), "data-nearby", "1"));
		assertThat(browser.findElement(By.id("nearby-list")).getText()).contains("已派遣").contains("18");
		browser.findElement(By.id("description")).sendKeys("同一个流动摊贩又来了");
		click(By.cssSelector("#nearby-list button[name=joinCase]"));
		Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));

		assertThat(browser.findElement(By.id("tracking-code")).getText()).isEqualTo("NEARBY2345");
		assertThat(browser.findElement(By.id("done-joined")).isDisplayed()).isTrue();
		verify(cases).addSupporter(eq(open), any());
	}

	@Test
	void enterInAFieldFilesANewReportEvenWhenAnOpenCaseIsOfferedNearby() {
		CaseNumber open = CaseNumber.of("410105", 2026, 43);
		when(cases.openNear(eq("0502"), any(GeoPoint.class), anyDouble(), anyInt())).thenReturn(List.of(
				new Cases.NearbyCase(open, "NEARBY6789", "0502", CaseStatus.DISPATCHED, 25, 1,
						Instant.now())));

		chooseSpotAndCategory("0502");
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("report-map"), "data-nearby", "1"));
		browser.findElement(By.id("description")).sendKeys("路口又有人摆摊卖水果");
		browser.findElement(By.id("address")).sendKeys("东风路与园田路交叉口" + Keys.ENTER);
		Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));

		assertThat(browser.findElement(By.id("tracking-code")).getText()).isNotEqualTo("NEARBY6789");
		assertThat(browser.findElements(By.id("done-joined"))).allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
		verify(cases).register(any());
		verify(cases, never()).addSupporter(any(), any());
	}
}
