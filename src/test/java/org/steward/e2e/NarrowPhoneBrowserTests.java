package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.steward.Browser;

/**
 * The smallest phone the field works with, 360 × 740: every page an officer, the station head, a
 * community's staff or a department's liaison reaches from the navigation, and the pages of one case
 * (the case, its joint handling, its measures, a penalty case) and the command centre's joint board fit the screen — none
 * scrolls sideways ({@code document.documentElement.scrollWidth <= innerWidth}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@TestPropertySource(properties = { "steward.demo.seed-cases=true", "steward.enforcement.sweep-initial-delay=PT1H" })
@Tag("integration")
@Tag("browser")
class NarrowPhoneBrowserTests {

	/** The field roles, then the command centre for the one page only it sees, the joint board. */
	private static final List<String> ACCOUNTS = List.of("officer.yuantian1", "station.yuantian",
			"community.yuantian", "liaison.public_security", "command");

	private static final String SCHEMA = "narrow_phone";

	@LocalServerPort
	int port;

	/** The seeded demo needs a database of its own: the demo seeds only a database without cases. */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
		org.steward.OwnDatabase.register(registry, SCHEMA);
	}

	@Autowired
	DataSource dataSource;

	WebDriver phone;

	@AfterEach
	void close() {
		if (phone != null) {
			phone.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) phone).executeScript(script, args);
	}

	@Test
	void noFieldPageScrollsSidewaysOnA360PixelPhone() {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		// the demo seeds its cases, measures and penalty cases after start-up: wait for a penalty case at 园田
		String penaltyPage = Awaitility.await()
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> jdbc.sql("""
					select p.measure_id from enforcement_penalty p join case_file c on c.case_number = p.case_number
					where c.station_code = 'yuantian' order by p.measure_id""").query(Long.class).list(),
					ids -> !ids.isEmpty())
			.stream()
			.map(id -> "/penalties/" + id)
			.findFirst()
			.orElseThrow();
		String caseWithMeasures = jdbc.sql("""
				select m.case_number from enforcement_measure m join case_file c on c.case_number = m.case_number
				where c.station_code = 'yuantian' order by m.id""").query(String.class).list().getFirst();

		phone = Browser.open();
		phone.manage().window().setSize(new Dimension(360, 740));
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (String account : ACCOUNTS) {
			phone.manage().deleteAllCookies();
			Browser.signIn(phone, url(""), account);
			Set<String> pages = account.equals("command") ? new LinkedHashSet<>() : navigationPages();
			if (!account.startsWith("liaison") && !account.equals("command")) {
				pages.add("/cases/" + caseWithMeasures);
				pages.add("/cases/" + caseWithMeasures + "/joint");
				pages.add("/cases/" + caseWithMeasures + "/measures");
			}
			if (account.startsWith("station") || account.startsWith("officer")) {
				pages.add(penaltyPage);
			}
			if (account.equals("command")) {
				pages.add("/boards/joint");
			}
			for (String page : pages) {
				phone.get(url(page));
				checked++;
				// the pages this test is about must be the real thing, not an error page that happens to fit
				String expected = page.equals(penaltyPage) ? "deadlines" : page.endsWith("/measures") ? "case-measures"
						: page.equals("/boards/joint") ? "joint-rows" : page.equals("/cases/" + caseWithMeasures) ? "case-number" : null;
				boolean reaches = account.startsWith("station") || account.startsWith("officer") || account.equals("command");
				if (expected != null && reaches) {
					assertThat(phone.findElements(By.id(expected))).as(account + " " + page + " shows #" + expected).isNotEmpty();
				}
				long viewport = ((Number) js("return window.innerWidth;")).longValue();
				long width = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
				assertThat(viewport).as("the phone's viewport").isLessThanOrEqualTo(360);
				if (width > viewport) {
					problems.add(account + " " + page + ": " + width + " px wide on a " + viewport + " px screen; widest: "
							+ js("""
									var w = window.innerWidth, out = [];
									document.querySelectorAll('body *').forEach(function (e) {
									  var r = e.getBoundingClientRect();
									  if (r.right > w + 1 && out.length < 3) {
									    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
									      + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
									      + ' ' + Math.round(r.right));
									  }
									});
									return out.join(', ');"""));
				}
			}
		}
		assertThat(checked).as("pages checked").isGreaterThan(20);
		assertThat(problems).as("pages that scroll sideways at 360 px").isEmpty();
	}

	private Set<String> navigationPages() {
		phone.get(url("/"));
		Set<String> pages = new LinkedHashSet<>();
		pages.add("/");
		for (WebElement link : phone.findElements(By.cssSelector("nav a[href^='/'], nav a[href^='" + url("") + "']"))) {
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
		return pages;
	}
}
