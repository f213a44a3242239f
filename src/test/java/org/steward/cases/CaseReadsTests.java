package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.officer;
import static org.steward.cases.CaseTestSupport.reportId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.catalog.Urgency;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

/**
 * Reads that stay cheap at a million cases: a case's detail in a fixed number of statements however
 * long its timeline, a list page in two, pages that resume from a position (keyset) without skipping
 * or repeating a case, and the staff list's search by number, words and station name, within scope.
 */
@IntegrationTest
@Import(StatementCounter.Wrapping.class)
class CaseReadsTests {

	static final CurrentUser HEAD = new CurrentUser("station.yuantian", "王站长", Set.of(Role.STATION_HEAD),
			new DataScope.Station("yuantian"));

	static final CurrentUser COMMAND = new CurrentUser("command", "指挥中心", Set.of(Role.COMMAND_CENTRE),
			new DataScope.District("410105"));

	static final CurrentUser GUANHUTUN = new CurrentUser("officer.guanhutun1", "刘洋", Set.of(Role.OFFICER),
			new DataScope.Station("guanhutun"));

	@Autowired
	Cases cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	MockMvc mvc;

	/** A word no other case has, so a search finds exactly the cases of one test. */
	static String token() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private RegisteredCase register(String description, String address) {
		return cases.register(new NewReport(reportId(), Channel.PUBLIC, "0502", description, DEMO_POINT, address,
				Urgency.NORMAL, new NewReport.Reporter("张三", "13812345678"), null, List.of(), Instant.now()));
	}

	private CasePage search(CurrentUser viewer, String q, CaseCursor cursor, int size) {
		return queries.search(new CaseFilter(Set.of(), null, null, null, null, null, false, null, q, cursor), viewer, 0,
				size);
	}

	private static List<String> numbers(CasePage page) {
		return page.items().stream().map(s -> s.caseNumber().value()).toList();
	}

	@Test
	void aCaseDetailTakesThreeStatementsHoweverLongItsTimeline() throws Exception {
		RegisteredCase c = register("占道经营 " + token(), "园田路 1 号");
		int fresh = StatementCounter.count(() -> queries.detail(c.caseNumber(), HEAD));

		String number = c.caseNumber().value();
		mvc.perform(post("/api/v1/cases/{n}/acknowledge", number).with(officer()).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/cases/{n}/arrive", number).with(officer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/cases/{n}/handle", number).with(officer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"摊位已清理\"}")).andExpect(status().isOk());
		CaseDetail[] after = new CaseDetail[1];
		int worked = StatementCounter.count(() -> after[0] = queries.detail(c.caseNumber(), HEAD));

		assertThat(after[0].timeline()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(fresh).as("statements for a case's detail: %s", StatementCounter.last()).isEqualTo(3);
		assertThat(worked).as("the same after three more steps").isEqualTo(fresh);
	}

	@Test
	void whatBlocksACaseClosingIsAskedWithOneStatementOfTheCasesOwn() throws Exception {
		RegisteredCase c = register("占道经营 " + token(), "园田路 2 号");
		StatementCounter.count(() -> queries.openWork(c.caseNumber(), HEAD));
		assertThat(StatementCounter.last().stream().filter(sql -> sql.contains("case_file") || sql.contains("case_evidence")))
			.as("the case's own statements: %s", StatementCounter.last())
			.hasSize(1);
	}

	@Test
	void aListPageTakesTwoStatementsHoweverManyRowsItShows() throws Exception {
		String word = token();
		List<String> registered = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			registered.add(register("占道经营 " + word, "园田路 " + i + " 号").caseNumber().value());
		}
		CasePage[] page = new CasePage[1];
		int statements = StatementCounter.count(() -> page[0] = queries.search(
				new CaseFilter(Set.of(CaseStatus.DISPATCHED), "yuantian", "0502", null, null, null, false, null), COMMAND,
				0, 50));
		assertThat(page[0].items()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(statements).as("the capped count and the page: %s", StatementCounter.last()).isEqualTo(2);

		// words are also looked up among station names: the organisation's reads come on top (none once it caches them)
		int searching = StatementCounter.count(() -> page[0] = search(COMMAND, word, null, 50));
		assertThat(numbers(page[0])).containsExactlyInAnyOrderElementsOf(registered);
		assertThat(StatementCounter.last().stream().filter(sql -> sql.contains("case_file")))
			.as("statements on cases: %s", StatementCounter.last())
			.hasSize(2);
		assertThat(searching).isLessThanOrEqualTo(4);
	}

	@Test
	void pagesFollowedByTheirCursorsShowEveryCaseOnceNewestFirstAndLeadBack() {
		String word = token();
		List<String> registered = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			registered.add(register("占道经营 " + word, "园田路 8 号").caseNumber().value());
		}
		List<String> newestFirst = new ArrayList<>(registered).reversed();

		CasePage first = search(COMMAND, word, null, 3);
		assertThat(first.before()).isNull();
		CasePage second = search(COMMAND, word, CaseCursor.parse(first.after(), false), 3);
		CasePage third = search(COMMAND, word, CaseCursor.parse(second.after(), false), 3);

		List<String> seen = new ArrayList<>();
		seen.addAll(numbers(first));
		seen.addAll(numbers(second));
		seen.addAll(numbers(third));
		assertThat(seen).containsExactlyElementsOf(newestFirst);
		assertThat(third.after()).isNull();
		assertThat(third.hasNext()).isFalse();
		assertThat(first.total()).isEqualTo(7);

		CasePage back = search(COMMAND, word, CaseCursor.parse(third.before(), true), 3);
		assertThat(numbers(back)).containsExactlyElementsOf(numbers(second));
		CasePage start = search(COMMAND, word, CaseCursor.parse(back.before(), true), 3);
		assertThat(numbers(start)).containsExactlyElementsOf(numbers(first));
		assertThat(start.before()).as("nothing newer: the first page").isNull();
	}

	@Test
	void theApiPagesByCursorAndRefusesOneItNeverWrote() throws Exception {
		String word = token();
		register("占道经营 " + word, "园田路 8 号");
		register("占道经营 " + word, "园田路 9 号");
		String body = mvc.perform(get("/api/v1/cases").param("q", word).param("size", "1").with(CaseTestSupport.command()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String after = com.jayway.jsonpath.JsonPath.read(body, "$.after");
		mvc.perform(get("/api/v1/cases").param("q", word).param("size", "1").param("after", after)
			.with(CaseTestSupport.command()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.after").doesNotExist());
		mvc.perform(get("/api/v1/cases").param("after", "1' or 1=1").with(CaseTestSupport.command()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("after"));
	}

	@Test
	void yuantianFindsTheCasesOfYuantiansStationNotNothing() {
		String word = token();
		// neither address nor description says 园田: the station's name does
		RegisteredCase c = register("共享单车乱停 " + word, "金水路 9 号");
		assertThat(numbers(search(HEAD, "园田 " + word, null, 20))).containsExactly(c.caseNumber().value());
		assertThat(numbers(search(COMMAND, "园田", null, 200))).contains(c.caseNumber().value());
		assertThat(numbers(search(HEAD, "Yuantian " + word, null, 20))).as("the English name too")
			.containsExactly(c.caseNumber().value());
		assertThat(numbers(search(HEAD, "金水路 " + word, null, 20))).as("words of the address")
			.containsExactly(c.caseNumber().value());
		assertThat(numbers(search(HEAD, "关虎屯 " + word, null, 20))).as("every word must match").isEmpty();
	}

	@Test
	void aCaseNumberFindsItsCaseWholeOrByItsBeginning() {
		RegisteredCase c = register("占道经营 " + token(), "园田路 3 号");
		String number = c.caseNumber().value();
		assertThat(numbers(search(HEAD, number, null, 20))).containsExactly(number);
		assertThat(numbers(search(HEAD, number.substring(0, 16), null, 200))).contains(number)
			.allMatch(n -> n.startsWith(number.substring(0, 16)));
	}

	@Test
	void aSearchStaysInsideTheViewersScope() {
		String word = token();
		RegisteredCase c = register("占道经营 " + word, "园田路 5 号");
		assertThat(numbers(search(GUANHUTUN, word, null, 20))).isEmpty();
		assertThat(numbers(search(GUANHUTUN, c.caseNumber().value(), null, 20))).isEmpty();
		assertThat(numbers(search(HEAD, word, null, 20))).containsExactly(c.caseNumber().value());
	}

	@Test
	void wildcardsInASearchAreLettersNotPatterns() {
		String word = token();
		register("占道经营 " + word, "园田路 6 号");
		assertThat(search(HEAD, word + "%", null, 20).items()).isEmpty();
		assertThat(search(HEAD, "_" + word.substring(1), null, 20).items()).isEmpty();
	}

	@Test
	void aTooLongOrUnprintableSearchIsA400NamingQ() throws Exception {
		mvc.perform(get("/api/v1/cases").param("q", "园".repeat(CaseFilter.MAX_KEYWORD + 1)).with(CaseTestSupport.command()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		mvc.perform(get("/api/v1/cases").param("q", "园田\u0000").with(CaseTestSupport.command()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
	}

	@Test
	void theCaseListPageSearchesAndSaysBesideTheBoxWhatIsWrongWithASearch() throws Exception {
		String word = token();
		RegisteredCase c = register("占道经营 " + word, "园田路 7 号");
		mvc.perform(get("/cases").param("q", word).with(user("station.yuantian").roles("STATION_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(c.caseNumber().value())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"f-q\"")));
		mvc.perform(get("/cases").param("q", "园".repeat(CaseFilter.MAX_KEYWORD + 1))
			.with(user("station.yuantian").roles("STATION_HEAD")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"f-q-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("搜索内容最多 100 个字")));
	}
}
