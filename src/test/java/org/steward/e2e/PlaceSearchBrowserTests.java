package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.steward.Browser;
import org.steward.territory.CoordinateConversion;
import org.steward.territory.GeoPoint;
import org.steward.territory.MapPoint;

/**
 * The resident's report page on a 390 × 844 phone with no tile server: our own vector map of the demo
 * area's streets, compounds and landmarks with their names, the place search filling the spot, nothing
 * sideways, and axe-core content with the map and the search results on screen. Also checks that
 * steward-map.js converts to and from GCJ-02 exactly as the server's CoordinateConversion does, and
 * that its GCJ-02 CRS puts a WGS-84 point where GCJ-02 tiles draw it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class PlaceSearchBrowserTests {

	@LocalServerPort
	int port;

	WebDriver phone;

	@BeforeEach
	void open() {
		phone = Browser.open();
		phone.manage().window().setSize(new Dimension(390, 844));
	}

	@AfterEach
	void close() {
		if (phone != null) {
			phone.quit();
		}
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) phone).executeScript(script, args);
	}

	private void openReportPage() {
		phone.get("http://localhost:" + port + "/report?lang=zh_CN");
		Browser.waitFor(phone).until(ExpectedConditions.attributeToBeNotEmpty(phone.findElement(By.id("report-map")), "data-basemap"));
	}

	@Test
	void theReportPageDrawsOurOwnStreetsCompoundsAndLandmarksWithNamesAndNoTiles() {
		openReportPage();
		assertThat(Integer.parseInt(phone.findElement(By.id("report-map")).getDomAttribute("data-basemap")))
			.as("features of our vector layer and the territory's compounds").isGreaterThanOrEqualTo(25);
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) js(
				"return Array.from(document.querySelectorAll('#report-map .steward-label')).map(function (e) { return e.textContent; });");
		assertThat(labels).contains("园田路", "经三路", "东风路", "园田小区", "东风花园", "园田公园", "东风路地铁站");
		assertThat(phone.findElements(By.cssSelector("img.leaflet-tile"))).as("no tiles requested").isEmpty();
		// zoomed in, the names are on screen
		// (again on each try: the page's own fit to the community boundaries may come after the first)
		Browser.waitFor(phone).until(d -> {
			js("document.getElementById('report-map').stewardMap.setView([34.8005, 113.6835], 16, { animate: false });");
			return d.findElements(By.cssSelector("#report-map .steward-label")).stream().anyMatch(WebElement::isDisplayed);
		});
		js("document.getElementById('report-map').scrollIntoView();");
		screenshot("report-390-map.png");
	}

	@Test
	void choosingAPlaceInTheSearchBoxFillsTheSpotOnAPhone() throws Exception {
		openReportPage();
		WebElement search = phone.findElement(By.id("report-map-place-q"));
		assertThat(search.isDisplayed()).isTrue();
		assertThat(phone.findElement(By.cssSelector("label[for='report-map-place-q']")).getText()).isEqualTo("查找地点");
		search.sendKeys("园田小区");
		WebElement option = Browser.waitFor(phone).until(ExpectedConditions.elementToBeClickable(
				By.xpath("//ul[@id='report-map-place-results']//button[span[1][normalize-space()='园田小区']]")));
		assertNoSidewaysScroll();
		option.click();
		Browser.waitFor(phone).until(d -> !d.findElement(By.id("lat")).getDomProperty("value").isEmpty());
		double lat = Double.parseDouble(phone.findElement(By.id("lat")).getDomProperty("value"));
		double lng = Double.parseDouble(phone.findElement(By.id("lng")).getDomProperty("value"));
		// 园田小区 of the demo territory: 34.800–34.803 N, 113.678–113.682 E
		assertThat(lat).isBetween(34.800, 34.803);
		assertThat(lng).isBetween(113.678, 113.682);
		assertThat(phone.findElement(By.id("spot-text")).getText()).contains(String.format("%.6f", lat));
		assertNoSidewaysScroll();

		// Enter searches; it does not send the report
		search.clear();
		search.sendKeys("烧烤", Keys.ENTER);
		search.sendKeys(Keys.ENTER);
		assertThat(phone.getCurrentUrl()).contains("/report");
		assertThat(phone.findElements(By.id("form-errors"))).isEmpty();

		search.clear();
		search.sendKeys("经三");
		Browser.waitFor(phone).until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//ul[@id='report-map-place-results']//button[span[1][normalize-space()='经三路']]")));
		assertThat(violations()).as("axe-core with the vector map and search results on screen").isEmpty();
		screenshot("report-390-search.png");
	}

	@Test
	void theMapsGcj02ConversionIsTheServersAndItsCrsDrawsWgs84PointsOnGcj02Tiles() {
		openReportPage();
		for (double[] p : new double[][] { { 34.7985, 113.683 }, { 39.9087, 116.3975 }, { 22.5431, 114.0579 }, { 48.85, 2.35 } }) {
			MapPoint server = CoordinateConversion.wgs84ToGcj02(new GeoPoint(p[0], p[1]));
			@SuppressWarnings("unchecked")
			List<Number> browser = (List<Number>) js("return StewardMap.toGcj02(arguments[0], arguments[1]);", p[0], p[1]);
			assertThat(browser.get(0).doubleValue()).isCloseTo(server.lat(), within(1e-9));
			assertThat(browser.get(1).doubleValue()).isCloseTo(server.lng(), within(1e-9));
			@SuppressWarnings("unchecked")
			List<Number> back = (List<Number>) js("return StewardMap.toWgs84(arguments[0], arguments[1]);", server.lat(), server.lng());
			GeoPoint serverBack = CoordinateConversion.gcj02ToWgs84(server.lat(), server.lng());
			assertThat(back.get(0).doubleValue()).isCloseTo(serverBack.lat(), within(1e-9)).isCloseTo(p[0], within(1e-7));
			assertThat(back.get(1).doubleValue()).isCloseTo(serverBack.lng(), within(1e-9)).isCloseTo(p[1], within(1e-7));
		}
		// a WGS-84 point lands on the pixel where Web Mercator puts its GCJ-02 position, i.e. on AMap's street
		@SuppressWarnings("unchecked")
		List<Number> pixels = (List<Number>) js("""
				var crs = StewardMap.crsFor('GCJ02');
				var wgs = L.latLng(34.7985, 113.683);
				var g = StewardMap.toGcj02(34.7985, 113.683);
				var a = crs.latLngToPoint(wgs, 17), b = L.CRS.EPSG3857.latLngToPoint(L.latLng(g[0], g[1]), 17);
				var back = crs.pointToLatLng(a, 17);
				return [a.x - b.x, a.y - b.y, back.lat - 34.7985, back.lng - 113.683,
				        L.CRS.EPSG3857.latLngToPoint(wgs, 17).distanceTo(a)];""");
		assertThat(pixels.get(0).doubleValue()).isCloseTo(0, within(1e-6));
		assertThat(pixels.get(1).doubleValue()).isCloseTo(0, within(1e-6));
		assertThat(pixels.get(2).doubleValue()).isCloseTo(0, within(1e-9));
		assertThat(pixels.get(3).doubleValue()).isCloseTo(0, within(1e-9));
		// GCJ-02 is a few hundred metres off WGS-84 here: hundreds of pixels at zoom 17
		assertThat(pixels.get(4).doubleValue()).isGreaterThan(100);
	}

	/** For a reviewer's eye, not asserted: target/screenshots/. */
	private void screenshot(String name) {
		try {
			java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(shots);
			java.nio.file.Files.write(shots.resolve(name),
					((org.openqa.selenium.TakesScreenshot) phone).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void assertNoSidewaysScroll() {
		long width = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
		long viewport = ((Number) js("return window.innerWidth;")).longValue();
		assertThat(viewport).isLessThanOrEqualTo(400);
		assertThat(width).as("page width").isLessThanOrEqualTo(viewport);
	}

	@SuppressWarnings("unchecked")
	private List<String> violations() throws IOException {
		try (InputStream in = PlaceSearchBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			js(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		return (List<String>) ((JavascriptExecutor) phone).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
				                    resultTypes: ['violations'] })
				  .then(function (r) {
				    done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })
				      .map(function (v) { return v.id + ' at ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); }));
				  })
				  .catch(function (e) { done(['axe failed: ' + e]); });""");
	}
}
