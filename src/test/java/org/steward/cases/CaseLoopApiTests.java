package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.command;
import static org.steward.cases.CaseTestSupport.officer;
import static org.steward.cases.CaseTestSupport.report;
import static org.steward.cases.CaseTestSupport.squadLeader;
import static org.steward.cases.CaseTestSupport.stationHead;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
@RecordApplicationEvents
class CaseLoopApiTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	private RegisteredCase registerAtTheDemoPoint() {
		return cases.register(report("0502", DEMO_POINT, Instant.now()));
	}

	private ResultActions act(RegisteredCase c, String action, RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/{n}/{a}", c.caseNumber().value(), action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private void closeIt(RegisteredCase c) throws Exception {
		act(c, "acknowledge", officer(), "{}").andExpect(status().isOk());
		act(c, "arrive", officer(), "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")
			.andExpect(status().isOk());
		act(c, "handle", officer(), "{\"result\":\"stall removed\"}").andExpect(status().isOk());
		act(c, "verify", stationHead(), "{\"passed\":true}").andExpect(status().isOk());
	}

	@Test
	void runsTheWholeLoopAtTheDemoPointFromDispatchToASatisfiedRating() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(c.station().code()).isEqualTo("yuantian");
		assertThat(c.grid().code()).isEqualTo("410105010001001");
		assertThat(c.acknowledgeBy()).isNotNull();
		assertThat(c.handleBy()).isAfter(c.acknowledgeBy());
		assertThat(c.caseNumber().value()).matches("410105-\\d{4}-\\d{6}");
		assertThat(c.alreadyRegistered()).isFalse();

		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.caseNumber").value(c.caseNumber().value()))
			.andExpect(jsonPath("$.summary.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.summary.stationCode").value("yuantian"))
			.andExpect(jsonPath("$.summary.handleBy").isNotEmpty())
			.andExpect(jsonPath("$.allowedActions", hasItem("ACKNOWLEDGE")))
			.andExpect(jsonPath("$.allowedActions", not(hasItem("VERIFY"))))
			.andExpect(jsonPath("$.timeline[0].action").value("REGISTERED"));

		act(c, "acknowledge", officer(), "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.timings.acknowledgedAt").isNotEmpty());
		act(c, "arrive", officer(), "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"},\"notes\":\"at the gate\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("ON_SITE"))
			.andExpect(jsonPath("$.timeline[2].location.lat").value(34.7985));
		act(c, "handle", officer(), """
				{"result":"stall removed","notes":"vendor advised",
				 "evidence":[{"id":"photo-1","contentType":"image/jpeg","sha256":"%s","size":1234}]}"""
			.formatted("a".repeat(64))).andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("HANDLED"))
			.andExpect(jsonPath("$.timeline[3].evidence[0].id").value("photo-1"));
		act(c, "verify", officer(), "{\"passed\":true}").andExpect(status().isForbidden());
		act(c, "verify", stationHead(), "{\"passed\":true,\"notes\":\"checked on site\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("CLOSED"))
			.andExpect(jsonPath("$.timings.closedAt").isNotEmpty())
			.andExpect(jsonPath("$.allowedActions").isEmpty());

		String code = c.trackingCode().value();
		mvc.perform(get("/api/v1/track/{code}", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.canRate").value(true))
			.andExpect(content -> assertThat(content.getResponse().getContentAsString()).doesNotContain("张三",
					"13812345678", "李强", "vendor advised", "officer.yuantian1"));
		mvc.perform(post("/api/v1/track/{code}/rating", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"SATISFIED\",\"comment\":\"quick\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rating").value("SATISFIED"))
			.andExpect(jsonPath("$.canRate").value(false));
		mvc.perform(post("/api/v1/track/{code}/rating", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"DISSATISFIED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentStatus").value("CLOSED"));
	}

	@Test
	void answersAnIllegalMoveWith409NamingTheStatusAndTheAllowedActions() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		act(c, "handle", officer(), "{\"result\":\"done\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentStatus").value("DISPATCHED"))
			.andExpect(jsonPath("$.allowedActions", hasItem("ACKNOWLEDGE")))
			.andExpect(jsonPath("$.allowedActions", not(hasItem("VERIFY"))));
		act(c, "verify", stationHead(), "{\"passed\":true}").andExpect(status().isConflict());
		act(c, "arrive", officer(), "{\"location\":{\"lat\":34.7985,\"lng\":113.683}}").andExpect(status().isConflict());
		closeIt(c);
		for (String action : List.of("acknowledge", "arrive", "handle", "verify", "escalate", "reassign", "reject",
				"merge", "extend", "approve-extension", "review")) {
			act(c, action, command(), "{}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.currentStatus").value("CLOSED"))
				.andExpect(jsonPath("$.allowedActions").isEmpty());
		}
	}

	@Test
	void refusesARatingBeforeTheCaseIsClosed() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		mvc.perform(post("/api/v1/track/{code}/rating", c.trackingCode().value()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"SATISFIED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentStatus").value("DISPATCHED"));
		mvc.perform(get("/api/v1/track/{code}", "ZZZZZZZZZZ")).andExpect(status().isNotFound());
	}

	@Test
	void answersAConcurrentEditWith409() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		long version = JsonPath.<Number>read(mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(officer()))
			.andReturn().getResponse().getContentAsString(), "$.summary.version").longValue();
		act(c, "acknowledge", officer(), "{\"expectedVersion\":" + version + "}").andExpect(status().isOk());
		act(c, "acknowledge", as2(), "{\"expectedVersion\":" + version + "}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:case-conflict"));
	}

	private static RequestPostProcessor as2() {
		return CaseTestSupport.as("officer.yuantian2", org.steward.identity.Role.OFFICER);
	}

	@Test
	void answers404ForAnUnknownCaseOrAction() throws Exception {
		mvc.perform(get("/api/v1/cases/{n}", "410105-1999-999999").with(command())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases/{n}", "not-a-number").with(command())).andExpect(status().isNotFound());
		RegisteredCase c = registerAtTheDemoPoint();
		act(c, "teleport", command(), "{}").andExpect(status().isNotFound());
	}

	@Test
	void answers400NamingTheMissingField() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		act(c, "acknowledge", officer(), "{}").andExpect(status().isOk());
		act(c, "arrive", officer(), "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("location"));
		act(c, "arrive", officer(), "{\"location\":{\"lat\":134.0,\"lng\":113.6}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("location"));
		act(c, "escalate", officer(), "{\"target\":\"SQUAD\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(get("/api/v1/cases").param("size", "500").with(command())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void dissatisfiedRatingGoesToTheSquadLeadersReviewWhichMayReopenTheCase() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		closeIt(c);
		mvc.perform(post("/api/v1/track/{code}/rating", c.trackingCode().value()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"DISSATISFIED\",\"comment\":\"the stall is back\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(squadLeader()))
			.andExpect(jsonPath("$.summary.status").value("CLOSED"))
			.andExpect(jsonPath("$.allowedActions", hasItem("REVIEW")));
		act(c, "review", officer(), "{\"passed\":false}").andExpect(status().isForbidden());
		act(c, "review", squadLeader(), "{\"passed\":false,\"notes\":\"go back\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.reworkCount").value(1))
			.andExpect(jsonPath("$.allowedActions", not(hasItem("ARRIVE"))));
		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(officer()))
			.andExpect(jsonPath("$.allowedActions", hasItem("ARRIVE")));
	}

	@Test
	void failedVerificationCountsARework() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		act(c, "acknowledge", officer(), "{}");
		act(c, "arrive", officer(), "{\"location\":{\"lat\":34.7985,\"lng\":113.6830}}");
		act(c, "handle", officer(), "{\"result\":\"asked to leave\"}");
		act(c, "verify", squadLeader(), "{\"passed\":false,\"notes\":\"still there\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.reworkCount").value(1));
	}

	@Test
	void putsAReportOutsideTheServiceAreaInTheCommandCentresQueueUntilReassigned() throws Exception {
		RegisteredCase c = cases.register(report("0502", CaseTestSupport.BEIJING, Instant.now()));
		assertThat(c.status()).isEqualTo(CaseStatus.ESCALATED);
		assertThat(c.station()).isNull();
		assertThat(c.grid()).isNull();
		assertThat(c.handleBy()).isNull();
		mvc.perform(get("/api/v1/cases").param("queue", "command").param("size", "200").with(command()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].caseNumber", hasItem(c.caseNumber().value())));
		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(command()))
			.andExpect(jsonPath("$.escalatedTo").value("COMMAND_CENTRE"))
			.andExpect(jsonPath("$.escalationReason").value("OUTSIDE_SERVICE_AREA"));
		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(officer())).andExpect(status().isForbidden());
		act(c, "reassign", command(), "{\"target\":\"yuantian\",\"reason\":\"just outside our map\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.summary.stationCode").value("yuantian"))
			.andExpect(jsonPath("$.summary.handleBy").isNotEmpty());
	}

	@Test
	void sendsACategoryAnotherDepartmentLeadsToTheCommandCentre() {
		RegisteredCase c = cases.register(report("0404", DEMO_POINT, Instant.now()));
		assertThat(c.status()).isEqualTo(CaseStatus.ESCALATED);
		assertThat(c.station()).isNull();
		assertThat(c.grid().code()).isEqualTo("410105010001001");
	}

	@Test
	void refusesAnUnknownCategory() {
		assertThatThrownBy(() -> cases.register(report("9999", DEMO_POINT, Instant.now())))
			.isInstanceOfSatisfying(CaseRejected.class, ex -> assertThat(ex.field()).isEqualTo("categoryCode"));
	}

	@Test
	void registersAReportOnlyOnce() {
		NewReport report = report("0502", DEMO_POINT, Instant.now());
		RegisteredCase first = cases.register(report);
		RegisteredCase again = cases.register(report);
		assertThat(again.caseNumber()).isEqualTo(first.caseNumber());
		assertThat(again.trackingCode()).isEqualTo(first.trackingCode());
		assertThat(again.alreadyRegistered()).isTrue();
		assertThat(first.alreadyRegistered()).isFalse();
	}

	@Test
	void numbersCasesUniquelyEvenWhenRegisteredAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<RegisteredCase>> tasks = new java.util.ArrayList<>();
			for (int i = 0; i < 12; i++) {
				tasks.add(this::registerAtTheDemoPoint);
			}
			Set<String> numbers = new HashSet<>();
			Set<String> codes = new HashSet<>();
			for (Future<RegisteredCase> f : pool.invokeAll(tasks)) {
				numbers.add(f.get().caseNumber().value());
				codes.add(f.get().trackingCode().value());
			}
			assertThat(numbers).hasSize(12).allMatch(n -> n.matches("410105-\\d{4}-\\d{6}"));
			assertThat(codes).hasSize(12);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void approvedExtensionMovesTheHandlingDeadline() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		act(c, "acknowledge", officer(), "{}");
		String body = act(c, "extend", officer(), "{\"workingDays\":2,\"reason\":\"owner away\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extensionRequestedUntil").isNotEmpty())
			.andExpect(jsonPath("$.allowedActions", not(hasItem("EXTEND"))))
			.andReturn().getResponse().getContentAsString();
		String until = JsonPath.read(body, "$.extensionRequestedUntil");
		assertThat(Instant.parse(until)).isAfter(c.handleBy());
		act(c, "approve-extension", officer(), "{\"passed\":true}").andExpect(status().isForbidden());
		act(c, "approve-extension", squadLeader(), "{\"passed\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.handleBy").value(until))
			.andExpect(jsonPath("$.extensionRequestedUntil").value(nullValue()));
	}

	@Test
	void masksTheReportersPhoneForAllButTheCommandCentre() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(officer()))
			.andExpect(jsonPath("$.reporterPhone").value("138****5678"));
		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(command()))
			.andExpect(jsonPath("$.reporterPhone").value("13812345678"));
	}

	@Test
	void listsTheCallersCasesWithFilters() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		mvc.perform(get("/api/v1/cases").param("status", "DISPATCHED,ACKNOWLEDGED").param("station", "yuantian")
			.param("category", "0502").param("size", "200").param("from", "2020-01-01").with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].caseNumber", hasItem(c.caseNumber().value())))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.total").isNumber());
		mvc.perform(get("/api/v1/cases").param("status", "CLOSED").param("size", "200").with(officer()))
			.andExpect(jsonPath("$.items[*].caseNumber", not(hasItem(c.caseNumber().value()))));
		mvc.perform(get("/api/v1/cases").param("station", "huanghe").param("size", "200").with(officer()))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized());
	}

	@Test
	void mergesADuplicateIntoTheOpenCaseWhichTakesItsSupporters() throws Exception {
		RegisteredCase target = registerAtTheDemoPoint();
		RegisteredCase duplicate = registerAtTheDemoPoint();
		act(duplicate, "merge", officer(), "{\"target\":\"" + target.caseNumber().value() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("MERGED"))
			.andExpect(jsonPath("$.mergedInto").value(target.caseNumber().value()));
		assertThat(cases.summary(target.caseNumber()).orElseThrow().supporters()).isEqualTo(2);
		mvc.perform(get("/api/v1/track/{code}", duplicate.trackingCode().value()))
			.andExpect(jsonPath("$.status").value("MERGED"));
	}

	@Test
	void findsOpenCasesNearAReportAndAddsItsVoice() {
		RegisteredCase c = registerAtTheDemoPoint();
		assertThat(cases.openNear("0502", new org.steward.territory.GeoPoint(34.7986, 113.6831), 100, 24))
			.anySatisfy(n -> {
				assertThat(n.caseNumber()).isEqualTo(c.caseNumber());
				assertThat(n.distanceMetres()).isLessThan(100);
			});
		assertThat(cases.openNear("0502", new org.steward.territory.GeoPoint(34.81, 113.70), 100, 24))
			.noneMatch(n -> n.caseNumber().equals(c.caseNumber()));
		NewReport voice = report("0502", DEMO_POINT, Instant.now());
		RegisteredCase supported = cases.addSupporter(c.caseNumber(), voice);
		assertThat(supported.caseNumber()).isEqualTo(c.caseNumber());
		assertThat(cases.addSupporter(c.caseNumber(), voice).alreadyRegistered()).isTrue();
		assertThat(cases.summary(c.caseNumber()).orElseThrow().supporters()).isEqualTo(2);
	}

	@Test
	void escalatingToTheSquadLeavesItToTheSquadToRejectOrReassign() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		act(c, "escalate", officer(), "{\"target\":\"SQUAD\",\"reason\":\"owner threatens officers\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("ESCALATED"))
			.andExpect(jsonPath("$.allowedActions").isEmpty());
		act(c, "reject", officer(), "{\"reason\":\"no\"}").andExpect(status().isForbidden());
		act(c, "reject", squadLeader(), "{\"reason\":\"private land\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("REJECTED"))
			.andExpect(jsonPath("$.timeline[*].note.text", hasItem(containsString("private land"))));
	}

	@Test
	void publishesOneEventPerStepCarryingTheActorsDisplayNameAndTheCaseAfterIt() throws Exception {
		RegisteredCase c = registerAtTheDemoPoint();
		act(c, "acknowledge", officer(), "{}").andExpect(status().isOk());
		assertThat(events.stream(CaseEvent.class).filter(e -> e.caseNumber().equals(c.caseNumber())))
			.extracting(e -> e.getClass(), e -> e.summary().status())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CaseRegistered.class, CaseStatus.DISPATCHED),
					org.assertj.core.groups.Tuple.tuple(CaseAcknowledged.class, CaseStatus.ACKNOWLEDGED));
		assertThat(events.stream(CaseRegistered.class).filter(e -> e.caseNumber().equals(c.caseNumber())).findFirst()
			.orElseThrow()).satisfies(e -> {
				assertThat(e.summary().stationCode()).isEqualTo("yuantian");
				assertThat(e.summary().squadCode()).isEqualTo("dongfeng");
				assertThat(e.summary().communityCode()).isEqualTo("410105010001");
				assertThat(e.summary().handleBy()).isEqualTo(c.handleBy());
				assertThat(e.note().code()).isEqualTo(TimelineNote.Code.ROUTED);
				assertThat(e.note().args()).first().isEqualTo("yuantian");
			});
		assertThat(events.stream(CaseAcknowledged.class).filter(e -> e.caseNumber().equals(c.caseNumber())))
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).as("a display name, not the username").isNotEqualTo("officer.yuantian1")
				.isNotBlank());
	}

	@Test
	void aRefusedRegistrationLeavesTheCallersTransactionUsable() {
		RegisteredCase c = transactions.execute(tx -> {
			assertThatThrownBy(() -> cases.register(report("9999", DEMO_POINT, Instant.now())))
				.isInstanceOf(CaseRejected.class);
			return registerAtTheDemoPoint();
		});
		assertThat(cases.summary(c.caseNumber())).isPresent();
	}
}
