package org.steward.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.Browser;

/**
 * A patrol on a 390 px phone, positions fed by Chromium's geolocation emulation: start, walk through
 * three grids of 园田社区, file one case and handle one problem on the spot, lose the connection and get
 * it back (the positions wait in the browser's queue), end. No position is lost or stored twice; the
 * patrol page shows the track, the three grids and both findings; coverage counts the grids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class PatrolBrowserTests {

	/** Three positions in each of grids 001, 002 and 004 of 园田社区 (see the demo territory). */
	static final double[][] GRID_1 = { { 34.8000, 113.6800 }, { 34.8004, 113.6810 }, { 34.8008, 113.6820 } };

	static final double[][] GRID_2 = { { 34.8008, 113.6880 }, { 34.8004, 113.6900 }, { 34.8000, 113.6920 } };

	static final double[][] GRID_4 = { { 34.7960, 113.6920 }, { 34.7950, 113.6900 }, { 34.7940, 113.6880 } };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GridCoverage coverage;

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anOfficerWalksThreeGridsFilesACaseHandlesOneOnTheSpotAndLosesNoPositionOffline() throws Exception {
		browser = Browser.open();
		browser.manage().window().setSize(new Dimension(390, 844));
		Browser.signIn(browser, url(""), "officer.yuantian1");
		cdp("Browser.grantPermissions", Map.of("origin", url(""), "permissions", List.of("geolocation")));
		moveTo(GRID_1[0]);

		browser.get(url("/patrols"));
		click(By.id("start-patrol"));
		Browser.waitFor(browser).until(ExpectedConditions.urlMatches(".*/patrols/\\d+$"));
		long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/patrols/", ""));
		Instant started = Instant.now();
		waitLogged(1);

		walk(GRID_1);
		fileCase();
		walk(GRID_2);
		handleOnTheSpot();

		// the connection drops: positions wait in the browser's queue
		cdp("Network.enable", Map.of());
		network(true);
		int queuedBefore = intAttribute("queued");
		walk(GRID_4);
		assertThat(intAttribute("queued")).isGreaterThanOrEqualTo(queuedBefore + GRID_4.length);
		network(false);
		Browser.waitFor(browser).until(d -> intAttribute("queued") == 0);

		@SuppressWarnings("unchecked")
		List<Number> logged = (List<Number>) js("return JSON.parse(localStorage.getItem('steward.patrol." + id + ".log'));");
		click(By.id("end-patrol"));
		Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.id("patrol-state"), "已结束"));

		// no position lost, none doubled: the server holds exactly the times the phone recorded
		List<Long> stored = jdbc.sql("select recorded_at from patrol_point where patrol_id = :id order by recorded_at")
			.param("id", id)
			.query((rs, n) -> rs.getTimestamp(1).toInstant().toEpochMilli())
			.list();
		Set<Long> recorded = new HashSet<>();
		logged.forEach(n -> recorded.add(n.longValue()));
		assertThat(stored).hasSize(recorded.size()).doesNotHaveDuplicates();
		assertThat(new HashSet<>(stored)).isEqualTo(recorded);
		assertThat(stored.size()).isGreaterThanOrEqualTo(1 + GRID_1.length + GRID_2.length + GRID_4.length);

		// the page: track, the three grids, both findings
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("patrol-map"), "data-ready", "true"));
		assertThat(Integer.parseInt(browser.findElement(By.id("patrol-map")).getDomAttribute("data-track-points")))
			.isGreaterThanOrEqualTo(2);
		assertThat(browser.findElement(By.id("patrol-map")).getDomAttribute("data-findings")).isEqualTo("2");
		assertThat(browser.findElements(By.cssSelector("#grids-passed .grid-passed"))
			.stream()
			.map(e -> e.getDomAttribute("data-grid"))
			.toList()).containsExactly("410105010001001", "410105010001002", "410105010001004");
		assertThat(browser.findElements(By.cssSelector(".finding")).stream().map(e -> e.getDomAttribute("data-kind")))
			.containsExactlyInAnyOrder("CASE", "ON_THE_SPOT");
		assertThat(browser.findElements(By.cssSelector(".finding img"))).hasSize(2);
		assertThat(jdbc.sql("select case_number from patrol_finding where patrol_id = :id and kind = 'CASE'")
			.param("id", id)
			.query(String.class)
			.single()).isNotBlank();
		Long width = (Long) js("return document.documentElement.scrollWidth;");
		assertThat(width).isLessThanOrEqualTo(390);

		// coverage counts the grids this patrol passed
		Map<String, Integer> visits = coverage.visits(List.of("410105010001001", "410105010001002", "410105010001003",
				"410105010001004"), started.minusSeconds(60), Instant.now().plusSeconds(60));
		assertThat(visits.get("410105010001001")).isGreaterThanOrEqualTo(1);
		assertThat(visits.get("410105010001002")).isGreaterThanOrEqualTo(1);
		assertThat(visits.get("410105010001004")).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from patrol_grid where patrol_id = :id and grid_code = '410105010001003'")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(Timestamp.from(started)).isNotNull();
	}

	private void fileCase() {
		open("finding-case");
		new Select(browser.findElement(By.id("case-category"))).selectByValue("0502");
		browser.findElement(By.id("case-description")).sendKeys("路口有流动摊贩占道卖水果（巡查测试）");
		waitForPosition("finding-case");
		click(By.id("file-case"));
		Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("finding-saved")));
		waitLogged(intAttribute("logged"));
	}

	private void handleOnTheSpot() throws Exception {
		open("finding-spot");
		new Select(browser.findElement(By.id("spot-category"))).selectByValue("0201");
		browser.findElement(By.id("spot-description")).sendKeys("电线杆上的小广告已当场清除");
		browser.findElement(By.id("spot-before")).sendKeys(photo(0x0000ff).getAbsolutePath());
		browser.findElement(By.id("spot-after")).sendKeys(photo(0x00ff00).getAbsolutePath());
		waitForPosition("finding-spot");
		click(By.id("record-spot"));
		Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("finding-saved")));
		assertThat(browser.findElement(By.id("finding-saved")).getText()).contains("自行处置");
	}

	private void open(String formId) {
		WebElement summary = browser.findElement(By.cssSelector("details:has(#" + formId + ") > summary"));
		js("arguments[0].parentElement.open = true;", summary);
	}

	private void waitForPosition(String formId) {
		Browser.waitFor(browser)
			.until(d -> !d.findElement(By.cssSelector("#" + formId + " .finding-lat")).getDomProperty("value").isEmpty());
	}

	private void walk(double[][] positions) {
		for (double[] p : positions) {
			int before = intAttribute("logged");
			moveTo(p);
			waitLogged(before + 1);
		}
	}

	private void moveTo(double[] p) {
		cdp("Emulation.setGeolocationOverride", Map.of("latitude", p[0], "longitude", p[1], "accuracy", 8));
	}

	private void network(boolean offline) {
		cdp("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0, "downloadThroughput", -1,
				"uploadThroughput", -1));
	}

	private void waitLogged(int atLeast) {
		Browser.waitFor(browser).until(d -> intAttribute("logged") >= atLeast);
	}

	private int intAttribute(String name) {
		String value = browser.findElement(By.id("recorder")).getDomAttribute("data-" + name);
		return value == null ? 0 : Integer.parseInt(value);
	}

	private void click(By button) {
		WebElement element = browser.findElement(button);
		js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	private void cdp(String command, Map<String, Object> parameters) {
		((ChromeDriver) browser).executeCdpCommand(command, parameters);
	}

	private static File photo(int rgb) throws Exception {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 16; x++) {
			for (int y = 0; y < 12; y++) {
				image.setRGB(x, y, rgb);
			}
		}
		Path file = Files.createTempFile("patrol-photo", ".jpg");
		ImageIO.write(image, "jpg", file.toFile());
		file.toFile().deleteOnExit();
		return file.toFile();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
