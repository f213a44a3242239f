package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.steward.Browser;

/**
 * Every page each role can reach from its navigation, in zh-CN and in English, checked by axe-core
 * (the npm package's axe.min.js, kept as a test resource) in the same headless Chromium: no critical
 * or serious violation of WCAG 2.1 A/AA rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class AccessibilityBrowserTests {

	private static final List<String> ACCOUNTS = List.of("officer.yuantian1", "station.yuantian", "squad.dongfeng",
			"community.yuantian", "liaison.public_security", "command", "admin");

	@LocalServerPort
	int port;

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String axe() throws IOException {
		try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void noPageOfAnyRoleHasACriticalOrSeriousViolationInEitherLanguage() throws Exception {
		String axe = axe();
		// a case to open, with a photo-less report from a resident
		java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/reports")))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
						{"categoryCode":"0502","description":"路口有流动摊贩（无障碍测试）","location":{"lat":34.7985,"lng":113.683}}"""))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		List<String> problems = new ArrayList<>();
		browser = Browser.open();
		int checked = 0;
		// anonymous first, then each role
		checked += checkAll(axe, null, problems);
		for (String account : ACCOUNTS) {
			checked += checkAll(axe, account, problems);
		}
		assertThat(checked).as("pages checked").isGreaterThan(40);
		assertThat(problems).as("critical or serious axe-core violations").isEmpty();
	}

	private int checkAll(String axe, String account, List<String> problems) {
		browser.manage().deleteAllCookies();
		if (account != null) {
			Browser.signIn(browser, url(""), account);
		}
		browser.get(url("/"));
		Set<String> pages = new LinkedHashSet<>();
		pages.add("/");
		for (WebElement link : browser.findElements(By.cssSelector("nav a[href^='/'], nav a[href^='" + url("") + "']"))) {
			String href = link.getAttribute("href");
			if (href == null) {
				continue;
			}
			String path = href.startsWith(url("")) ? href.substring(url("").length()) : href;
			if (path.isEmpty() || path.contains("lang=") || path.startsWith("/swagger") || path.startsWith("/logout")) {
				continue;
			}
			pages.add(path.contains("#") ? path.substring(0, path.indexOf('#')) : path);
		}
		if (account != null && !account.startsWith("liaison")) {
			// a case page: the first case the list links to
			browser.get(url("/cases"));
			List<WebElement> cases = browser.findElements(By.cssSelector("a[href*='/cases/4101']"));
			if (!cases.isEmpty()) {
				String href = cases.getFirst().getAttribute("href");
				pages.add(href.substring(url("").length()));
			}
		}
		int checked = 0;
		for (String language : List.of("zh_CN", "en")) {
			browser.get(url("/?lang=" + language));
			for (String page : pages) {
				browser.get(url(page));
				checked++;
				for (String violation : violations(axe)) {
					problems.add((account == null ? "anonymous" : account) + " " + language + " " + page + ": " + violation);
				}
			}
		}
		return checked;
	}

	@SuppressWarnings("unchecked")
	private List<String> violations(String axe) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (Boolean.FALSE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
			js.executeScript(axe);
		}
		Object answer = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
				                    resultTypes: ['violations'] })
				  .then(function (r) {
				    done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })
				      .map(function (v) {
				        return v.id + ' (' + v.impact + ') at ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
				      }));
				  })
				  .catch(function (e) { done(['axe failed: ' + e]); });""");
		return (List<String>) answer;
	}
}
