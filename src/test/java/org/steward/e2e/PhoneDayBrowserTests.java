package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.Browser;
import org.steward.cases.ActionRequest;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseNumber;
import org.steward.cases.Evidence;
import org.steward.evidence.Photos;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.intake.TestPhotos;

import com.jayway.jsonpath.JsonPath;

/**
 * The field roles' day on a 390 × 844 phone, in a real browser with nothing mocked: the officer goes
 * from "my tasks" to the case, reports for duty, arrives and handles it with an after-photo; the
 * resident reports with a photo, follows the case, sees what was done and rates it. No page scrolls
 * sideways and each page's primary action is on screen without scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class PhoneDayBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseCommands commands;

	@Autowired
	Accounts accounts;

	@Autowired
	Photos photos;

	@Autowired
	TransactionTemplate transactions;

	WebDriver phone;

	@AfterEach
	void close() {
		if (phone != null) {
			phone.quit();
		}
	}

	private WebDriver openPhone() {
		WebDriver browser = Browser.open();
		browser.manage().window().setSize(new Dimension(390, 844));
		return browser;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) phone).executeScript(script, args);
	}

	private void assertNoSidewaysScroll(String where) {
		long width = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
		long viewport = ((Number) js("return window.innerWidth;")).longValue();
		assertThat(viewport).as("viewport of " + where).isLessThanOrEqualTo(400);
		assertThat(width).as("page width of " + where).isLessThanOrEqualTo(viewport);
	}

	private void assertOnScreenWithoutScrolling(By primary, String where) {
		js("window.scrollTo(0, 0);");
		WebElement element = phone.findElement(primary);
		assertThat(element.isDisplayed()).as(where).isTrue();
		double bottom = ((Number) js("return arguments[0].getBoundingClientRect().bottom;", element)).doubleValue();
		double height = ((Number) js("return window.innerHeight;")).doubleValue();
		assertThat(bottom).as("bottom of the primary action on " + where).isLessThanOrEqualTo(height);
	}

	private void click(By by) {
		WebElement element = Browser.waitFor(phone).until(ExpectedConditions.elementToBeClickable(by));
		js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/** A spot of its own in grid 410105010001001 (园田), away from other tests' cases at the demo point. */
	private static double[] freshSpot() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		return new double[] { 34.7975 + random.nextDouble() * 0.002, 113.6820 + random.nextDouble() * 0.002 };
	}

	private String reportAtTheDemoPoint(String description) throws Exception {
		double[] spot = freshSpot();
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/reports")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"categoryCode":"0502","description":"%s","location":{"lat":%s,"lng":%s},"address":"园田路 1 号"}"""
					.formatted(description, spot[0], spot[1])))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(201);
		return JsonPath.read(answer.body(), "$.caseNumber");
	}

	@Test
	void theOfficersDayFromMyTasksToAHandledCaseWithAnAfterPhoto() throws Exception {
		String number = reportAtTheDemoPoint("路口有流动摊贩占道（手机测试）");
		phone = openPhone();
		Browser.signIn(phone, url(""), "station.yuantian");
		phone.get(url("/my/tasks"));
		assertNoSidewaysScroll("my tasks");
		click(By.cssSelector("a[href$='/cases/" + number + "']"));
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));

		assertNoSidewaysScroll("the case page");
		assertOnScreenWithoutScrolling(By.id("action-acknowledge"), "the dispatched case");
		assertThat(phone.findElement(By.id("more-actions")).getAttribute("open")).as("secondary actions folded").isNull();
		click(By.id("action-acknowledge"));
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("action-arrive")));

		assertOnScreenWithoutScrolling(By.id("action-arrive"), "the acknowledged case");
		phone.findElement(By.id("arrive-lat")).clear();
		phone.findElement(By.id("arrive-lat")).sendKeys("34.7985");
		phone.findElement(By.id("arrive-lng")).clear();
		phone.findElement(By.id("arrive-lng")).sendKeys("113.6830");
		click(By.id("action-arrive"));
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("action-handle")));

		assertNoSidewaysScroll("the case on site");
		assertOnScreenWithoutScrolling(By.id("action-handle"), "the case on site");
		phone.findElement(By.id("handle-result")).sendKeys("摊贩已劝离，路口恢复通行");
		Path photo = Files.createTempFile("after", ".jpg");
		Files.write(photo, TestPhotos.jpeg());
		phone.findElement(By.id("handle-photos")).sendKeys(photo.toString());
		click(By.id("action-handle"));
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));

		assertThat(phone.findElement(By.cssSelector("h1 .case-status")).getText()).isEqualTo("已处置");
		WebElement thumb = phone.findElement(By.cssSelector("#timeline img"));
		Browser.waitFor(phone).until(d -> ((Number) js("return arguments[0].naturalWidth;", thumb)).intValue() > 0);
		assertNoSidewaysScroll("the handled case");
	}

	@Test
	void theResidentsDayFromAReportWithAPhotoToARating() throws Exception {
		phone = openPhone();
		phone.get(url("/report"));
		assertNoSidewaysScroll("the report form");
		double[] spot = freshSpot();
		js("window.stewardChooseSpot(arguments[0], arguments[1], true);", spot[0], spot[1]);
		new Select(phone.findElement(By.id("categoryCode"))).selectByValue("0502");
		phone.findElement(By.id("description")).sendKeys("小区门口有人摆摊卖水果（手机测试）");
		Path photo = Files.createTempFile("report", ".jpg");
		Files.write(photo, TestPhotos.jpeg());
		phone.findElement(By.id("photos")).sendKeys(photo.toString());
		click(By.id("report-submit"));
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
		String code = phone.findElement(By.id("tracking-code")).getText();
		assertNoSidewaysScroll("the receipt");
		assertOnScreenWithoutScrolling(By.id("follow-link"), "the receipt");

		click(By.id("follow-link"));
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("public-timeline")));
		assertNoSidewaysScroll("the tracking page");

		// the station does its work meanwhile, with a photo after handling
		String number = caseOf(code);
		CurrentUser head = accounts.byUsername("station.yuantian").orElseThrow();
		CaseNumber n = new CaseNumber(number);
		commands.act(n, CaseAction.ACKNOWLEDGE, ActionRequest.empty(), head);
		commands.act(n, CaseAction.ARRIVE, new ActionRequest(null, null, null,
				new org.steward.territory.GeoPoint(34.7985, 113.6830), List.of(), null, null, null, null), head);
		transactions.executeWithoutResult(status -> {
			List<Evidence> after = photos.keep("case:" + number,
					List.of(new Photos.Upload("after.png", "image/png", TestPhotos.png())));
			commands.act(n, CaseAction.HANDLE,
					new ActionRequest(null, null, "水果摊已劝离，门口已清扫", null, after, null, null, null, null), head);
		});
		commands.act(n, CaseAction.VERIFY, new ActionRequest(null, null, null, null, List.of(), null, true, null, null),
				head);

		phone.get(url("/track/" + code.toLowerCase(java.util.Locale.ROOT)));
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("handling-result")));
		assertThat(phone.findElement(By.id("handling-result")).getText()).contains("水果摊已劝离");
		assertThat(phone.findElement(By.id("handling-result")).getText()).doesNotContain("张伟");
		WebElement after = phone.findElement(By.cssSelector("#result-photos img"));
		Browser.waitFor(phone).until(d -> ((Number) js("return arguments[0].naturalWidth;", after)).intValue() > 0);
		assertNoSidewaysScroll("the tracking page with the result");
		assertOnScreenWithoutScrolling(By.id("rating-form"), "the tracking page of a closed case");

		click(By.id("rating-SATISFIED"));
		click(By.id("rating-submit"));
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("rating-given")));
		assertThat(phone.findElement(By.id("flash")).getText()).isNotBlank();
	}

	private String caseOf(String trackingCode) throws Exception {
		return transactions.execute(status -> org.springframework.jdbc.core.simple.JdbcClient
			.create(dataSource)
			.sql("select case_number from case_file where tracking_code = :c")
			.param("c", trackingCode)
			.query(String.class)
			.single());
	}

	@Autowired
	javax.sql.DataSource dataSource;
}
