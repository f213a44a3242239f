package org.steward.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.steward.Browser;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;

/**
 * An attendee signs in to a session on a 390 px phone from the QR link: the form fits the screen
 * without sideways scrolling, the submit button is visible without scrolling, the sign-in lands
 * on the session's list; opening the link again and signing in with the same phone is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class SignInBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Sessions sessions;

	@Autowired
	LegalBases bases;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.open();
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void attendeeSignsInOnA390PixelPhoneAndASecondSignInIsRefused() {
		CurrentUser head = accounts.byUsername("station.yuantian").orElseThrow();
		long basis = bases.all().get(0).id();
		LocalDateTime start = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMinutes(10).withNano(0);
		Sessions.Session session = sessions.create(new Sessions.NewSession("yuantian", null, null, start, 60, "RESIDENTS",
				"CONSULTATION_DESK", "小区居民普法咨询台（浏览器测试）", "园田小区广场", null, null, null,
				List.of("officer.yuantian1"), List.of(basis), List.of(new Sessions.NewMaterial("宣传折页", 50)), null, null),
				head);
		String token = sessions.signInToken(session.id(), head);

		browser.get("http://localhost:" + port + "/outreach/sign-in?t=" + token);
		Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-form")));
		assertThat(browser.findElement(By.id("sign-in-topic")).getText()).contains("普法咨询台");
		JavascriptExecutor js = (JavascriptExecutor) browser;
		assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(((Number) js.executeScript("return window.innerWidth")).intValue());
		assertThat(((Number) js.executeScript(
				"return document.getElementById('sign-in-submit').getBoundingClientRect().bottom")).doubleValue())
			.isLessThanOrEqualTo(((Number) js.executeScript("return window.innerHeight")).doubleValue());

		browser.findElement(By.id("sign-in-name")).sendKeys("孙丽");
		browser.findElement(By.id("sign-in-phone")).sendKeys("13912345678");
		new Select(browser.findElement(By.id("sign-in-party"))).selectByIndex(0);
		browser.findElement(By.id("sign-in-submit")).click();
		Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-done")));
		assertThat(browser.findElement(By.id("sign-in-done")).getText()).contains("孙丽");
		assertThat(sessions.attendance(session.id())).extracting(Sessions.Attendance::name, a -> a.via().name())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("孙丽", "QR"));

		browser.get("http://localhost:" + port + "/outreach/sign-in?t=" + token);
		Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-form")));
		browser.findElement(By.id("sign-in-name")).sendKeys("孙丽");
		browser.findElement(By.id("sign-in-phone")).sendKeys("13912345678");
		browser.findElement(By.id("sign-in-submit")).click();
		Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-refused")));
		assertThat(browser.findElement(By.id("sign-in-refused")).getText()).contains("已签到");
		assertThat(sessions.attendance(session.id())).hasSize(1);
	}
}
