package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.steward.Browser;
import org.steward.ServerVisitor;
import org.steward.cases.Cases;
import org.steward.cases.RegisteredCase;

/**
 * The command centre's joint board in a real headless Chromium, nothing mocked: a joint case's
 * department rows appear, and a liaison's acknowledgement through the API (with a real token)
 * changes the police row on the open page without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class JointBoardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	WebDriver command;

	@AfterEach
	void closeBrowser() {
		if (command != null) {
			command.quit();
		}
	}

	@Test
	void theJointBoardShowsALiaisonsAcknowledgementWithoutReloading() throws Exception {
		command = Browser.open();
		Browser.signIn(command, url(""), "command");
		command.get(url("/boards/joint"));
		Browser.waitFor(command)
			.until(ExpectedConditions.attributeToBe(By.id("joint-board"), "data-connected", "true"));
		String boardUrl = command.getCurrentUrl();

		RegisteredCase c = cases.register(JointTestSupport.report("0602", "夜间商铺音响扰民（浏览器测试）", Instant.now()));
		String n = c.caseNumber().value();

		// the matrix opens the police and environment tasks; their rows arrive over server-sent events
		By policeRow = By.xpath("//tbody[@id='joint-rows']/tr[td/a[text()='" + n + "'] and @data-department='PUBLIC_SECURITY']");
		WebElement row = Browser.waitFor(command).until(ExpectedConditions.presenceOfElementLocated(policeRow));
		assertThat(row.getDomAttribute("data-state")).isEqualTo("OPEN");
		assertThat(row.findElement(By.cssSelector(".task-state")).getText()).isEqualTo("待报到");
		assertThat(row.findElement(By.cssSelector("[data-deadline]")).getText()).matches("还剩 (\\d+天)?(\\d+小时)?(\\d+分)?");
		long taskId = Long.parseLong(row.getDomAttribute("id").substring("task-".length()));

		String token = ServerVisitor.tokenOf(url(""), "liaison.public_security");
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/tasks/" + taskId + "/acknowledge")))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);

		Browser.waitFor(command)
			.until(ExpectedConditions.attributeToBe(By.id("task-" + taskId), "data-state", "ACKNOWLEDGED"));
		assertThat(command.getCurrentUrl()).isEqualTo(boardUrl);
		List<WebElement> rows = command.findElements(By.id("task-" + taskId));
		assertThat(rows).as("the old row is replaced, not duplicated").hasSize(1);
		assertThat(rows.get(0).findElement(By.cssSelector(".task-state")).getText()).isEqualTo("已报到");
		assertThat(rows.get(0).findElement(By.cssSelector(".task-acknowledged")).getText()).isNotEqualTo("—");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
