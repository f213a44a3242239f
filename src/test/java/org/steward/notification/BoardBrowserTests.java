package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.Browser;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseAcknowledged;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.TimelineNote;
import org.steward.cases.web.CaseSamples;

/**
 * The Yuantian board in a real browser: a committed change appears without reloading — a
 * changed case replaces its row, a new case is put on top — and deadlines count down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@Tag("browser")
class BoardBrowserTests {

	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	CaseCommands commands;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

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
	void changedAndNewCasesAppearOnTheOfficersBoardWithoutReload() {
		CaseSummary existing = CaseSamples.summary("410105-2026-910001", CaseStatus.DISPATCHED, "yuantian", clock.instant());
		CaseSummary fresh = CaseSamples.summary("410105-2026-910002", CaseStatus.DISPATCHED, "yuantian", clock.instant());
		CaseSummary acknowledged = new CaseSummary(existing.caseNumber(), existing.trackingCode(),
				CaseStatus.ACKNOWLEDGED, existing.categoryCode(), existing.categoryNameZh(), existing.categoryNameEn(),
				existing.gridCode(), existing.stationCode(), existing.squadCode(), existing.communityCode(),
				existing.address(), existing.lat(), existing.lng(), existing.urgency(), existing.registeredAt(),
				existing.acknowledgeBy(), existing.handleBy(), false, 1, 5L);
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(CaseSamples.page(existing));

		Browser.signIn(browser, "http://localhost:" + port, "officer.yuantian1");
		browser.get("http://localhost:" + port + "/boards/stations/yuantian");
		Browser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("board"), "data-connected", "true"));
		assertThat(browser.findElement(By.id("case-410105-2026-910001")).getText()).contains("已派遣");
		String url = browser.getCurrentUrl();

		publish(acknowledged);
		Browser.waitFor(browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-410105-2026-910001"), "已报到"));
		assertThat(browser.findElements(By.id("case-410105-2026-910001"))).as("replaced, not duplicated").hasSize(1);

		publish(fresh);
		Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("case-410105-2026-910002")));
		List<WebElement> rows = browser.findElements(By.cssSelector("#board-rows > tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getDomAttribute("id")).isEqualTo("case-410105-2026-910002");
		String countdown = rows.get(0).findElement(By.cssSelector("[data-deadline]")).getText();
		assertThat(countdown).matches("还剩 (\\d+天)?(\\d+小时)?(\\d+分)?");
		assertThat(browser.getCurrentUrl()).isEqualTo(url);
	}

	@Test
	void anOfficerAcknowledgesFromTheCaseDetailAndSeesTheConfirmation() {
		CaseSummary dispatched = CaseSamples.summary("410105-2026-910003", CaseStatus.DISPATCHED, "yuantian",
				clock.instant());
		given(queries.detail(eq(dispatched.caseNumber()), any()))
			.willReturn(CaseSamples.detail(dispatched, Set.of(CaseAction.ACKNOWLEDGE)));

		Browser.signIn(browser, "http://localhost:" + port, "officer.yuantian1");
		browser.get("http://localhost:" + port + "/cases/410105-2026-910003");
		assertThat(browser.findElement(By.id("deadline-acknowledge")).getText()).matches("还剩 (\\d+天)?(\\d+小时)?(\\d+分)?");
		browser.findElement(By.id("action-acknowledge")).click();
		Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));

		assertThat(browser.findElement(By.id("flash")).getText()).contains("报到");
		assertThat(browser.getCurrentUrl()).endsWith("/cases/410105-2026-910003");
		verify(commands).act(eq(dispatched.caseNumber()), eq(CaseAction.ACKNOWLEDGE), any(), any());
	}

	private void publish(CaseSummary summary) {
		transactions.executeWithoutResult(tx -> events.publishEvent(new CaseAcknowledged(summary.caseNumber(),
				clock.instant(), "刘洋", summary, TimelineNote.text(null))));
	}
}
