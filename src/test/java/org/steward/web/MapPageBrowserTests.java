package org.steward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.steward.Browser;

/** The map page in a real browser: boundaries drawn from our GeoJSON, a click answered by the locator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class MapPageBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.open();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void drawsTheDemoGridsWithoutAnyTileServer() {
		browser.get("http://localhost:" + port + "/map");
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));

		assertThat(Integer.parseInt(browser.findElement(By.id("map")).getDomAttribute("data-loadedgrid")))
			.as("grids drawn").isGreaterThanOrEqualTo(10);
		assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive, #map svg path"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("img.leaflet-tile"))).as("no tiles requested").isEmpty();
	}

	@Test
	void clickingTheDemoPointNamesYuantianAndItsStation() {
		browser.get("http://localhost:" + port + "/map");
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));

		// A real mouse click at the demo point's position on screen.
		WebElement map = browser.findElement(By.id("map"));
		@SuppressWarnings("unchecked")
		Map<String, Number> point = (Map<String, Number>) ((JavascriptExecutor) browser)
			.executeScript("var p = window.stewardMap.latLngToContainerPoint([34.7985, 113.6830]); return {x: p.x, y: p.y};");
		int dx = (int) Math.round(point.get("x").doubleValue() - map.getSize().getWidth() / 2.0);
		int dy = (int) Math.round(point.get("y").doubleValue() - map.getSize().getHeight() / 2.0);
		new Actions(browser).moveToElement(map, dx, dy).click().perform();
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("map"), "data-located", "200"));

		assertThat(browser.findElement(By.id("r-grid")).getText()).contains("410105010001001");
		assertThat(browser.findElement(By.id("r-community")).getText()).contains("园田社区");
		assertThat(browser.findElement(By.id("r-station")).getText()).contains("园田社区执法服务站");
	}

	@Test
	void aPointOutsideTheServiceAreaSaysSo() {
		browser.get("http://localhost:" + port + "/map");
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
		((JavascriptExecutor) browser).executeScript("window.stewardLocate(39.9, 116.4)");
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("map"), "data-located", "404"));

		assertThat(browser.findElement(By.id("locate-outside")).isDisplayed()).isTrue();
	}

	@Test
	void switchesToEnglishAndRemembersIt() {
		browser.get("http://localhost:" + port + "/map");
		browser.findElement(By.id("lang-en")).click();
		Browser.waitFor(browser).until(ExpectedConditions.titleContains("Grid map"));
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Steward community stations");
	}
}
