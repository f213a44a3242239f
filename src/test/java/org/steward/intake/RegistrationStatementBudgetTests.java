package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.StatementCount;

import tools.jackson.databind.json.JsonMapper;

/**
 * What one registration costs the database, as a count of statements (never a timing): the
 * request, and the after-commit listeners of its events with their event-publication rows.
 * The budget and what it is made of are written down in docs/performance.md; a change that adds
 * a statement to every registration has to raise the budget there, on purpose.
 */
@IntegrationTest
@Import(StatementCount.Config.class)
// a database of its own: accounts other test classes leave in the shared one would be notified too,
// and the count would depend on which tests ran before
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:statement-budget;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class RegistrationStatementBudgetTests {

	/** docs/performance.md, "Statement budget of a registration". */
	static final int REQUEST_BUDGET = 27;

	static final int TOTAL_BUDGET = 65;

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCount count;

	/**
	 * The bench's report: a resident's, no photos, no reporter, a point inside a demo grid; each a
	 * little further east than the last (more than the 50 m of the duplicate offer), as the bench's
	 * random points are.
	 */
	private String report() {
		int n = SEQUENCE.incrementAndGet();
		return """
				{"categoryCode":"0101","description":"预算测试上报 %d：路边问题需要处理","location":{"lat":34.7985,"lng":%.5f},"urgency":"NORMAL"}"""
			.formatted(n, 113.683 + 0.0008 * n);
	}

	@Test
	void aRegistrationAndItsListenersStayWithinTheStatementBudget() throws Exception {
		// the first registration warms what is loaded once (caches, the year's case-number sequence)
		settle(register());
		count.reset();

		String caseNumber = register();
		// MockMvc runs the request on this thread; listeners run on their own
		String requestThread = Thread.currentThread().getName();
		settle(caseNumber);
		List<StatementCount.Sent> request = count.sent().stream().filter(s -> s.thread().equals(requestThread)).toList();
		List<StatementCount.Sent> all = count.sent();

		String breakdown = count.breakdown();
		System.out.println("Statements of one registration (" + request.size() + " in the request, " + all.size()
				+ " in all):\n" + breakdown);
		assertThat(request.size()).as("statements in the request\n%s", breakdown).isLessThanOrEqualTo(REQUEST_BUDGET);
		assertThat(all.size()).as("statements of the registration and its listeners\n%s", breakdown)
			.isLessThanOrEqualTo(TOTAL_BUDGET);
	}

	private String register() throws Exception {
		String body = mvc
			.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(report()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(body).get("caseNumber").asString();
	}

	/** Until every listener of the case's events has completed and nothing more is sent for a moment. */
	private void settle(String caseNumber) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> StatementCount
			.uncounted(() -> jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
				.param("%" + caseNumber + "%")
				.query(Long.class)
				.single()) == 0);
		int[] last = { -1 };
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(400)).until(() -> {
			int now = count.sent().size();
			boolean still = now == last[0];
			last[0] = now;
			return still;
		});
	}
}
