package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.cases.CaseTestSupport.BEIJING;
import static org.steward.cases.CaseTestSupport.DEMO_POINT;
import static org.steward.cases.CaseTestSupport.command;
import static org.steward.cases.CaseTestSupport.officer;
import static org.steward.cases.CaseTestSupport.report;
import static org.steward.cases.CaseTestSupport.squadLeader;
import static org.steward.cases.CaseTestSupport.stationHead;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;

/** 转办: a case that is not the stations' to handle goes to a named outside body and leaves the queue. */
@IntegrationTest
@RecordApplicationEvents
class CaseTransferTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	ApplicationEvents events;

	private ResultActions act(RegisteredCase c, String action, RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/{n}/{a}", c.caseNumber().value(), action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void commandCentreTransfersAReportFromOutsideTheServiceAreaAndItLeavesTheQueue() throws Exception {
		RegisteredCase c = cases.register(report("0502", BEIJING, Instant.now()));
		act(c, "transfer", command(), "{\"target\":\"相邻区城市管理局\",\"reason\":\"位置在本区以外\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("TRANSFERRED"))
			.andExpect(jsonPath("$.transferredTo").value("相邻区城市管理局"))
			.andExpect(jsonPath("$.transferReason").value("位置在本区以外"))
			.andExpect(jsonPath("$.allowedActions").isEmpty())
			.andExpect(jsonPath("$.timeline[-1].action").value("TRANSFER"))
			.andExpect(jsonPath("$.timeline[-1].note.code").value("TRANSFERRED"))
			.andExpect(jsonPath("$.timeline[-1].note.args[0]").value("相邻区城市管理局"));
		mvc.perform(get("/api/v1/cases").param("queue", "command").param("size", "200").with(command()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].caseNumber", not(hasItem(c.caseNumber().value()))));
		CaseTransferred event = events.stream(CaseTransferred.class)
			.filter(e -> e.caseNumber().equals(c.caseNumber()))
			.findFirst()
			.orElseThrow();
		assertThat(event.body()).isEqualTo("相邻区城市管理局");
		assertThat(event.reason()).isEqualTo("位置在本区以外");
		assertThat(event.fromStatus()).isEqualTo(CaseStatus.ESCALATED);
		assertThat(event.actor()).isEqualTo("指挥中心值班长 赵磊");
		assertThat(event.summary().status()).isEqualTo(CaseStatus.TRANSFERRED);
	}

	@Test
	void theResidentSeesWhereItWentButNoStaffName() throws Exception {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, Instant.now()));
		act(c, "transfer", stationHead(), "{\"target\":\"供电公司\",\"reason\":\"电力设施归供电公司管理\"}")
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/track/{code}", c.trackingCode().value()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRANSFERRED"))
			.andExpect(jsonPath("$.transferredTo").value("供电公司"))
			.andExpect(content().string(not(containsString("张伟"))));
		mvc.perform(get("/track/{code}", c.trackingCode().value()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已转办至供电公司")))
			.andExpect(content().string(not(containsString("张伟"))))
			.andExpect(content().string(not(containsString("电力设施归供电公司管理"))));
	}

	@Test
	void anOfficerMayNotTransferAndTheStationHeadMayNotReachBeyondItsScope() throws Exception {
		RegisteredCase here = cases.register(report("0502", DEMO_POINT, Instant.now()));
		act(here, "transfer", officer(), "{\"target\":\"供电公司\",\"reason\":\"x\"}").andExpect(status().isForbidden());
		RegisteredCase outside = cases.register(report("0502", BEIJING, Instant.now()));
		act(outside, "transfer", stationHead(), "{\"target\":\"供电公司\",\"reason\":\"x\"}").andExpect(status().isForbidden());
		act(here, "transfer", squadLeader(), "{\"target\":\"供电公司\",\"reason\":\"归供电公司\"}").andExpect(status().isOk());
	}

	@Test
	void refusesToTransferAClosedCase() throws Exception {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, Instant.now()));
		act(c, "acknowledge", officer(), "{}").andExpect(status().isOk());
		act(c, "arrive", officer(), "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")
			.andExpect(status().isOk());
		act(c, "handle", officer(), "{\"result\":\"stall removed\"}").andExpect(status().isOk());
		act(c, "verify", stationHead(), "{\"passed\":true}").andExpect(status().isOk());
		act(c, "transfer", command(), "{\"target\":\"供电公司\",\"reason\":\"too late\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentStatus").value("CLOSED"));
	}

	@Test
	void refusesATransferWithoutABodyOrAReasonOrWithATooLongNameNamingTheField() throws Exception {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, Instant.now()));
		act(c, "transfer", stationHead(), "{\"reason\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target"));
		act(c, "transfer", stationHead(), "{\"target\":\"供电公司\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		act(c, "transfer", stationHead(), "{\"target\":\"" + "局".repeat(101) + "\",\"reason\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target"));
		mvc.perform(get("/api/v1/cases/{n}", c.caseNumber().value()).with(stationHead()))
			.andExpect(jsonPath("$.summary.status").value("DISPATCHED"));
	}

	@Test
	void theStationHeadTransfersFromTheCasePageByPickingABody() throws Exception {
		RegisteredCase c = cases.register(report("0502", DEMO_POINT, Instant.now()));
		RequestPostProcessor head = user("station.yuantian").roles("STATION_HEAD");
		mvc.perform(get("/cases/{n}", c.caseNumber().value()).with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-transfer\"")))
			.andExpect(content().string(containsString("<datalist id=\"transfer-target-choices\">")))
			.andExpect(content().string(containsString("<option value=\"区市场监督管理局\">")));
		mvc.perform(post("/cases/{n}/actions/transfer", c.caseNumber().value()).with(head).with(csrf())
			.param("target", "区市场监督管理局")
			.param("reason", "无照经营归市场监管"))
			.andExpect(redirectedUrl("/cases/" + c.caseNumber().value()));
		mvc.perform(get("/cases/{n}", c.caseNumber().value()).with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"transferred-to\"")))
			.andExpect(content().string(containsString("转办至区市场监督管理局")))
			.andExpect(content().string(not(containsString("id=\"form-transfer\""))));
		mvc.perform(post("/cases/{n}/actions/transfer", c.caseNumber().value()).with(head).with(csrf())
			.param("target", "供电公司")
			.param("reason", "again"))
			.andExpect(status().isConflict());
	}
}
