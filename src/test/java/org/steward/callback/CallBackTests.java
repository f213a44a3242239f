package org.steward.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.cases.ActionRequest;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStatus;
import org.steward.cases.Cases;
import org.steward.cases.Channel;
import org.steward.cases.NewReport;
import org.steward.cases.Rating;
import org.steward.cases.RegisteredCase;
import org.steward.catalog.Urgency;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;
import org.steward.territory.GeoPoint;

/**
 * The command centre's call-back queue through the real case loop: who is queued, what each
 * outcome does to the case (a dissatisfied answer asks the squad leader to review exactly as an
 * online rating does), three unanswered calls, repeats and outsiders.
 */
@IntegrationTest
class CallBackTests {

	static final GeoPoint YUANTIAN = new GeoPoint(34.7985, 113.6830);

	static final CurrentUser OFFICER = new CurrentUser("officer.yuantian1", "园田队员 李强", Set.of(Role.OFFICER),
			new DataScope.Station("yuantian"));

	static final CurrentUser HEAD = new CurrentUser("station.yuantian", "园田站长 张伟", Set.of(Role.STATION_HEAD),
			new DataScope.Station("yuantian"));

	static final CurrentUser LEADER = new CurrentUser("squad.dongfeng", "东风路中队长 吴刚", Set.of(Role.SQUAD_LEADER),
			new DataScope.Squad("dongfeng"));

	static final CurrentUser OTHER_DISTRICT = new CurrentUser("command.other", "外区指挥中心", Set.of(Role.COMMAND_CENTRE),
			new DataScope.District("410199"));

	static final RequestPostProcessor COMMAND = as("command", Role.COMMAND_CENTRE);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cases cases;

	@Autowired
	CaseCommands commands;

	@Autowired
	CaseQueries queries;

	@Autowired
	CallBacks callBacks;

	static RequestPostProcessor as(String username, Role role) {
		return jwt().jwt(j -> j.subject(username)).authorities(new SimpleGrantedAuthority(role.authority()));
	}

	RegisteredCase closed(String phone) {
		RegisteredCase c = cases.register(new NewReport(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
				Channel.API, "0502", "回访测试", YUANTIAN, "园田路 1 号", Urgency.NORMAL,
				phone == null ? null : new NewReport.Reporter("王秀英", phone), null, List.of(), Instant.now()));
		commands.act(c.caseNumber(), CaseAction.ACKNOWLEDGE, ActionRequest.empty(), OFFICER);
		commands.act(c.caseNumber(), CaseAction.ARRIVE,
				new ActionRequest(null, null, null, YUANTIAN, List.of(), null, null, null, null), OFFICER);
		commands.act(c.caseNumber(), CaseAction.HANDLE,
				new ActionRequest(null, null, "已劝离", null, List.of(), null, null, null, null), OFFICER);
		commands.act(c.caseNumber(), CaseAction.VERIFY,
				new ActionRequest(null, null, null, null, List.of(), null, true, null, null), HEAD);
		return c;
	}

	String queueStatus(RegisteredCase c) {
		return jdbc.sql("select status from callback_case where case_number = :n").param("n", c.caseNumber().value())
			.query(String.class).optional().orElse("none");
	}

	void call(RegisteredCase c, int attempt, String outcome) throws Exception {
		mvc.perform(post("/api/v1/callbacks/{n}/calls", c.caseNumber().value()).with(COMMAND)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"attempt\":%d,\"outcome\":\"%s\",\"note\":\"电话回访\"}".formatted(attempt, outcome)))
			.andExpect(status().isOk());
	}

	@Test
	void aClosedCaseWhoseReporterLeftAPhoneIsQueuedOnceAndOnlyTheCommandCentreSeesThePhone() throws Exception {
		RegisteredCase withPhone = closed("13812345678");
		RegisteredCase withoutPhone = closed(null);
		assertThat(queueStatus(withPhone)).isEqualTo("OPEN");
		assertThat(queueStatus(withoutPhone)).isEqualTo("none");

		String answer = mvc.perform(get("/api/v1/callbacks").with(COMMAND)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains(withPhone.caseNumber().value()).contains("13812345678")
			.doesNotContain(withoutPhone.caseNumber().value());
		mvc.perform(get("/callbacks").with(COMMAND).param("lang", "en")).andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("13812345678")
				.contains("Record this call"));

		// everyone else: no queue, no phone
		mvc.perform(get("/api/v1/callbacks").with(as("squad.dongfeng", Role.SQUAD_LEADER))).andExpect(status().isForbidden());
		mvc.perform(get("/callbacks").with(as("station.yuantian", Role.STATION_HEAD))).andExpect(status().isForbidden());
	}

	@Test
	void aRatingOnlineTakesTheCaseOffTheQueue() {
		RegisteredCase c = closed("13900001111");
		commands.rate(c.trackingCode(), Rating.SATISFIED, null);
		assertThat(queueStatus(c)).isEqualTo("RATED");
		assertThatThrownBy(() -> callBacks.record(c.caseNumber().value(), 1, "SATISFIED", null, commandCentre()))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
	}

	@Test
	void aDissatisfiedAnswerAsksTheSquadLeaderToReviewAndAFailedReviewReopensTheCase() throws Exception {
		RegisteredCase c = closed("13700002222");
		call(c, 1, "DISSATISFIED");
		// the same call sent again (a double click) records nothing more
		call(c, 1, "DISSATISFIED");
		assertThat(queueStatus(c)).isEqualTo("ANSWERED");
		assertThat(jdbc.sql("select count(*) from callback_attempt where case_number = :n")
			.param("n", c.caseNumber().value()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select rating from case_file where case_number = :n").param("n", c.caseNumber().value())
			.query(String.class).single()).isEqualTo("DISSATISFIED");
		// as an online rating does: the squad leader hears of it and may review
		assertThat(jdbc.sql("select count(*) from messaging_message where kind = 'RATING_TO_REVIEW' and case_number = :n")
			.param("n", c.caseNumber().value()).query(Integer.class).single()).isPositive();
		assertThat(queries.detail(c.caseNumber(), LEADER).allowedActions()).contains(CaseAction.REVIEW);
		commands.act(c.caseNumber(), CaseAction.REVIEW,
				new ActionRequest("回访不满意，返工", null, null, null, List.of(), null, false, null, null), LEADER);
		assertThat(queries.detail(c.caseNumber(), LEADER).summary().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);

		// the same call number with another answer is refused, and the finished call-back takes no more
		mvc.perform(post("/api/v1/callbacks/{n}/calls", c.caseNumber().value()).with(COMMAND)
			.contentType(MediaType.APPLICATION_JSON).content("{\"attempt\":1,\"outcome\":\"SATISFIED\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/callbacks/{n}/calls", c.caseNumber().value()).with(COMMAND)
			.contentType(MediaType.APPLICATION_JSON).content("{\"attempt\":2,\"outcome\":\"SATISFIED\"}"))
			.andExpect(status().isConflict());

		// the record names the call
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from audit_entry where subject = :s and action = 'CALLBACK_DISSATISFIED'")
			.param("s", "case:" + c.caseNumber().value()).query(Integer.class).single()).isEqualTo(1));
	}

	@Test
	void threeCallsWithoutAnAnswerEndTheCallBackAsUnreachableAndLeaveTheCaseUnrated() throws Exception {
		RegisteredCase c = closed("13600003333");
		call(c, 1, "NOT_REACHED");
		assertThat(queueStatus(c)).isEqualTo("OPEN");
		call(c, 2, "NOT_REACHED");
		call(c, 3, "NOT_REACHED");
		assertThat(queueStatus(c)).isEqualTo("UNREACHABLE");
		assertThat(jdbc.sql("select rating from case_file where case_number = :n").param("n", c.caseNumber().value())
			.query(String.class).optional().orElse(null)).isNull();
		mvc.perform(post("/api/v1/callbacks/{n}/calls", c.caseNumber().value()).with(COMMAND)
			.contentType(MediaType.APPLICATION_JSON).content("{\"attempt\":4,\"outcome\":\"SATISFIED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attempt"));
	}

	@Test
	void aCallOutOfTurnOrWithoutAnOutcomeIsRefusedNamingTheField() throws Exception {
		RegisteredCase c = closed("13500004444");
		mvc.perform(post("/api/v1/callbacks/{n}/calls", c.caseNumber().value()).with(COMMAND)
			.contentType(MediaType.APPLICATION_JSON).content("{\"attempt\":2,\"outcome\":\"NOT_REACHED\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/callbacks/{n}/calls", c.caseNumber().value()).with(COMMAND)
			.contentType(MediaType.APPLICATION_JSON).content("{\"attempt\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		// the page keeps the operator on the form with the reason beside it
		mvc.perform(post("/callbacks/{n}", c.caseNumber().value()).with(user("command").roles("COMMAND_CENTRE"))
			.with(csrf()).param("lang", "en").param("attempt", "1").param("note", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Choose the outcome of the call."));
		mvc.perform(post("/callbacks/{n}", c.caseNumber().value()).with(user("command").roles("COMMAND_CENTRE"))
			.with(csrf()).param("attempt", "1").param("outcome", "SATISFIED"))
			.andExpect(status().is3xxRedirection());
		assertThat(queueStatus(c)).isEqualTo("ANSWERED");
	}

	@Test
	void nobodyButTheCommandCentreOfTheCasesDistrictRecordsACallAndARefusedCallChangesNothing() throws Exception {
		RegisteredCase c = closed("13400005555");
		assertThatThrownBy(() -> callBacks.record(c.caseNumber().value(), 1, "SATISFIED", null, OTHER_DISTRICT))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
		assertThatThrownBy(() -> callBacks.record(c.caseNumber().value(), 1, "SATISFIED", null, LEADER))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
		mvc.perform(post("/api/v1/callbacks/{n}/calls", c.caseNumber().value()).with(as("officer.yuantian1", Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"attempt\":1,\"outcome\":\"SATISFIED\"}"))
			.andExpect(status().isForbidden());
		assertThat(queueStatus(c)).isEqualTo("OPEN");
		assertThat(jdbc.sql("select count(*) from callback_attempt where case_number = :n")
			.param("n", c.caseNumber().value()).query(Integer.class).single()).isZero();
		assertThat(queries.detail(c.caseNumber(), HEAD).rating()).isNull();
	}

	@Test
	void casesClosedBeforeTheQueueExistedAreAddedOnceWhenTheCommandCentreAsks() throws Exception {
		RegisteredCase earlier = closed("13300006666");
		RegisteredCase rated = closed("13300007777");
		commands.rate(rated.trackingCode(), Rating.BASICALLY_SATISFIED, null);
		// as if both had been closed before the call-back module listened
		jdbc.sql("delete from callback_case where case_number in (:a, :b)")
			.param("a", earlier.caseNumber().value()).param("b", rated.caseNumber().value()).update();
		mvc.perform(post("/api/v1/callbacks/backfill").with(as("squad.dongfeng", Role.SQUAD_LEADER)))
			.andExpect(status().isForbidden());
		assertThat(queueStatus(earlier)).isEqualTo("none");

		mvc.perform(post("/api/v1/callbacks/backfill").with(COMMAND)).andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		assertThat(queueStatus(earlier)).isEqualTo("OPEN");
		assertThat(queueStatus(rated)).isEqualTo("none");
		mvc.perform(post("/api/v1/callbacks/backfill").with(COMMAND)).andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(0));
		assertThat(callBacks.backfill(OTHER_DISTRICT)).isZero();
	}

	static CurrentUser commandCentre() {
		return new CurrentUser("command", "指挥中心值班长 赵磊", Set.of(Role.COMMAND_CENTRE), new DataScope.District("410105"));
	}

	static CaseNumber number(RegisteredCase c) {
		return c.caseNumber();
	}
}
