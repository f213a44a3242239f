package org.steward.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.cases.ActionRequest;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.Cases;
import org.steward.cases.Channel;
import org.steward.cases.NewReport;
import org.steward.cases.Rating;
import org.steward.cases.RegisteredCase;
import org.steward.catalog.Urgency;
import org.steward.identity.Role;

/**
 * 满意率 counts what reporters said on the command centre's call-back as it counts online ratings:
 * five closed cases — satisfied and basically satisfied on the phone, dissatisfied on the phone (then
 * reopened by the failed review), three calls unanswered, and one rated online — give 3 satisfied of 4
 * rated (75.00 %), and 3 resolved of 4 (解决率 75.00 %); the unreachable reporter counts nowhere.
 */
@IntegrationTest
class CallBackSatisfactionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cases cases;

	@Autowired
	CaseCommands commands;

	RegisteredCase closed(String phone) {
		RegisteredCase c = cases.register(new NewReport(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
				Channel.API, "0502", "满意率回访", RebuildFromCaseTablesTests.YUANTIAN, "园田路 2 号", Urgency.NORMAL,
				new NewReport.Reporter("李先生", phone), null, List.of(), Instant.now()));
		commands.act(c.caseNumber(), CaseAction.ACKNOWLEDGE, ActionRequest.empty(), RebuildFromCaseTablesTests.OFFICER);
		commands.act(c.caseNumber(), CaseAction.ARRIVE,
				RebuildFromCaseTablesTests.req(null, null, RebuildFromCaseTablesTests.YUANTIAN, null, null, null), RebuildFromCaseTablesTests.OFFICER);
		commands.act(c.caseNumber(), CaseAction.HANDLE,
				RebuildFromCaseTablesTests.req(null, "已清理", null, null, null, null), RebuildFromCaseTablesTests.OFFICER);
		commands.act(c.caseNumber(), CaseAction.VERIFY,
				RebuildFromCaseTablesTests.req(null, null, null, null, true, null), RebuildFromCaseTablesTests.HEAD);
		return c;
	}

	void call(RegisteredCase c, int attempt, String outcome) throws Exception {
		mvc.perform(post("/api/v1/callbacks/{n}/calls", c.caseNumber().value())
			.with(jwt().jwt(j -> j.subject("command")).authorities(new SimpleGrantedAuthority(Role.COMMAND_CENTRE.authority())))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"attempt\":%d,\"outcome\":\"%s\"}".formatted(attempt, outcome))).andExpect(status().isOk());
	}

	@Test
	void callBackAnswersCountInTheSatisfactionRateAndADissatisfiedOneReopenedIsNotResolved() throws Exception {
		RegisteredCase satisfied = closed("13811110001");
		call(satisfied, 1, "SATISFIED");
		RegisteredCase basically = closed("13811110002");
		call(basically, 1, "NOT_REACHED");
		call(basically, 2, "BASICALLY_SATISFIED");
		RegisteredCase dissatisfied = closed("13811110003");
		call(dissatisfied, 1, "DISSATISFIED");
		commands.act(dissatisfied.caseNumber(), CaseAction.REVIEW,
				RebuildFromCaseTablesTests.req(null, null, null, null, false, null), RebuildFromCaseTablesTests.LEADER);
		RegisteredCase unreachable = closed("13811110004");
		call(unreachable, 1, "NOT_REACHED");
		call(unreachable, 2, "NOT_REACHED");
		call(unreachable, 3, "NOT_REACHED");
		RegisteredCase online = closed("13811110005");
		commands.rate(online.trackingCode(), Rating.SATISFIED, null);

		List<String> numbers = List.of(satisfied, basically, dissatisfied, unreachable, online).stream()
			.map(c -> c.caseNumber().value())
			.toList();
		Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Counters sum = facts(numbers);
			assertThat(sum.get(Counter.RATED)).isEqualTo(4);
			assertThat(sum.get(Counter.REGISTERED)).isEqualTo(5);
			assertThat(sum.get(Counter.RESOLVED)).isEqualTo(3);
		});
		Counters sum = facts(numbers);
		assertThat(sum.get(Counter.SATISFIED)).isEqualTo(3);
		assertThat(Indicator.SATISFACTION_RATE.percent(sum)).isEqualByComparingTo(new BigDecimal("75.00"));
		assertThat(Indicator.RESOLUTION_RATE.percent(sum)).isEqualByComparingTo(new BigDecimal("75.00"));
	}

	private Counters facts(List<String> numbers) {
		Counters sum = Counters.ZERO;
		for (String n : numbers) {
			for (CaseFact f : jdbc.sql("select * from analytics_case_fact where case_number = :n").param("n", n)
				.query(FactStore::read).list()) {
				sum = sum.plus(f.counters());
			}
		}
		return sum;
	}
}
