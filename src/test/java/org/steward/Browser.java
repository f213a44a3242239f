package org.steward;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) for browser tests. Nothing
 * is downloaded: the driver and browser are taken from the machine. On a developer machine
 * without them the browser tests are skipped with a message; CI passes
 * {@code -Dsteward.browser.required=true}, which turns a missing browser into a failure.
 * <p>
 * The test kit's browser side, for pages whose scripts matter (live boards, the map, the report
 * form): {@link #open()} a browser, {@link #signIn(WebDriver, String, String)} through the login
 * page. Pages without scripts are read faster with {@link PageVisitor}, the API with {@link ApiCaller}.
 */
public final class Browser {

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private Browser() {
	}

	public static WebDriver open() {
		Optional<String> browser = firstExisting(BROWSERS);
		Optional<String> driver = firstExisting(DRIVERS);
		if (browser.isEmpty() || driver.isEmpty()) {
			String why = "Chromium and chromedriver are needed for browser tests (apt-get install chromium chromium-driver)";
			if (Boolean.getBoolean("steward.browser.required")) {
				Assertions.fail(why);
			}
			Assumptions.abort(why);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.get());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
				// no smooth scrolling or animated transitions (Bootstrap honours it): a click is never computed mid-motion
				"--force-prefers-reduced-motion");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Signs {@code browser} in as a demo account through the login page of the server at
	 * {@code baseUrl} (e.g. {@code http://localhost:8080}) and waits until it has left the page.
	 */
	public static void signIn(WebDriver browser, String baseUrl, String username) {
		browser.get(baseUrl + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PageVisitor.DEMO_PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	public static WebDriverWait waitFor(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	private static Optional<String> firstExisting(List<String> paths) {
		return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
	}
}
