package org.steward.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.cases.ActionRequest;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseFilter;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseRefusals;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.CaseStep;
import org.steward.cases.Rating;
import org.steward.cases.TimelineEntry;
import org.steward.cases.TimelineNote;
import org.steward.cases.TrackingCode;
import org.steward.identity.CurrentUser;

/** The case pages against a mocked cases module, signed in as the real demo accounts. */
@IntegrationTest
class CasePagesTests {

	static final String NUMBER = "410105-2026-000017";

	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	CaseCommands commands;

	/** The merge form lists open cases of the same category to pick from: none unless a test says so. */
	@org.junit.jupiter.api.BeforeEach
	void noOtherCases() {
		given(queries.search(any(), any(), org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.anyInt()))
			.willReturn(CaseSamples.page());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	Instant now() {
		return clock.instant();
	}

	CaseSummary dispatched() {
		return CaseSamples.summary(NUMBER, CaseStatus.DISPATCHED, "yuantian", now());
	}

	@Test
	void showsATotalPastTheCountLimitAsAtLeastAndKeepsTheNextPageOpen() throws Exception {
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(CaseSamples.pastTheCountLimit(10_000, dispatched()));

		mvc.perform(get("/cases").param("status", "CLOSED").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 10,000+ 件")))
			.andExpect(content().string(containsString("第 1 / 500+ 页")))
			.andExpect(content().string(containsString("page=1")));
		mvc.perform(get("/cases").param("lang", "en").param("status", "CLOSED")
			.with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(content().string(containsString("10,000+ cases")));
	}

	@Test
	void showsAnExactTotalWithoutPagesWhenEverythingFitsOnOne() throws Exception {
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(CaseSamples.page(dispatched()));

		mvc.perform(get("/cases").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 1 件")))
			.andExpect(content().string(not(containsString("id=\"page-of\""))));
	}

	@Test
	void listsTheCasesOfTheFilterWithTheirMarkersData() throws Exception {
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(CaseSamples.page(dispatched()));

		mvc.perform(get("/cases").param("status", "DISPATCHED").param("station", "yuantian").param("from", "2026-11-01")
			.with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"case-" + NUMBER + "\"")))
			.andExpect(content().string(containsString("data-lat=\"34.7985\"")))
			.andExpect(content().string(containsString("私搭乱建")));

		ArgumentCaptor<CaseFilter> filter = ArgumentCaptor.forClass(CaseFilter.class);
		ArgumentCaptor<CurrentUser> viewer = ArgumentCaptor.forClass(CurrentUser.class);
		verify(queries).search(filter.capture(), viewer.capture(), eq(0), eq(CasePageController.PAGE_SIZE));
		assertThat(filter.getValue().statuses()).containsExactly(CaseStatus.DISPATCHED);
		assertThat(filter.getValue().stationCode()).isEqualTo("yuantian");
		assertThat(filter.getValue().from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
		assertThat(viewer.getValue().username()).isEqualTo("officer.yuantian1");
	}

	@Test
	void showsOnlyTheFormsOfTheAllowedActions() throws Exception {
		CaseSummary dispatched = dispatched();
		given(queries.detail(eq(new CaseNumber(NUMBER)), any()))
			.willReturn(CaseSamples.detail(dispatched, Set.of(CaseAction.ACKNOWLEDGE, CaseAction.ESCALATE)));

		mvc.perform(get("/cases/" + NUMBER).with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-acknowledge\"")))
			.andExpect(content().string(containsString("id=\"action-escalate\"")))
			.andExpect(content().string(not(containsString("id=\"action-verify\""))))
			.andExpect(content().string(not(containsString("id=\"action-handle\""))))
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(containsString("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")))
			.andExpect(content().string(containsString("data-deadline=\"" + dispatched.acknowledgeBy() + "\"")));
	}

	@Test
	void openWorkOfAnotherModuleDisablesClosingButLeavesReworkOpen() throws Exception {
		CaseSummary handled = CaseSamples.summary(NUMBER, CaseStatus.HANDLED, "yuantian", now());
		given(queries.detail(any(), any())).willReturn(CaseSamples.detail(handled, Set.of(CaseAction.VERIFY)));
		given(queries.openWork(any(), any())).willReturn(java.util.Map.of(CaseAction.VERIFY,
				java.util.List.of(org.steward.cases.CaseCloseGuard.Blocker.of("coordination.blocker.task",
						org.steward.cases.CaseCloseGuard.name("消防救援", "Fire and rescue"), "7",
						org.steward.refusal.Refusal.term("coordination.state.OPEN")))));

		String page = mvc.perform(get("/cases/" + NUMBER).with(user("station.yuantian").roles("STATION_HEAD")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"blocked-verify\"")
			.contains("消防救援的任务（#7）仍为“待报到”")
			.contains("仍可选择“不通过，返工”")
			.containsPattern("<input[^>]*id=\"verify-passed-yes\"[^>]*disabled")
			.doesNotContainPattern("<input[^>]*id=\"verify-passed-no\"[^>]*disabled")
			.doesNotContainPattern("<button[^>]*id=\"action-verify\"[^>]*disabled");
	}

	@Test
	void everyActionFormHasItsWordsInBothLanguages() throws Exception {
		given(queries.detail(any(), any())).willReturn(CaseSamples.detail(dispatched(), Set.of(CaseAction.values())));
		for (String lang : new String[] { "zh_CN", "en" }) {
			mvc.perform(get("/cases/" + NUMBER).param("lang", lang).with(user("command").roles("COMMAND_CENTRE")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"action-approve-extension\"")))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void postsAnActionToTheCommandsAndRedirectsBackWithAMessage() throws Exception {
		given(queries.detail(any(), any())).willReturn(CaseSamples.detail(dispatched(), Set.of(CaseAction.ARRIVE)));

		mvc.perform(post("/cases/" + NUMBER + "/actions/arrive").with(csrf())
			.with(user("officer.yuantian1").roles("OFFICER"))
			.param("lat", "34.7985")
			.param("lng", "113.683")
			.param("expectedVersion", "4"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + NUMBER))
			.andExpect(flash().attribute("done", "arrive"));

		ArgumentCaptor<ActionRequest> request = ArgumentCaptor.forClass(ActionRequest.class);
		verify(commands).act(eq(new CaseNumber(NUMBER)), eq(CaseAction.ARRIVE), request.capture(), any());
		assertThat(request.getValue().location()).isNotNull();
		assertThat(request.getValue().location().lat()).isEqualTo(34.7985);
		assertThat(request.getValue().expectedVersion()).isEqualTo(4L);
		assertThat(request.getValue().reason()).isNull();
	}

	@Test
	void sendsTheVerifyDecisionAndNotes() throws Exception {
		mvc.perform(post("/cases/" + NUMBER + "/actions/verify").with(csrf())
			.with(user("station.yuantian").roles("STATION_HEAD"))
			.param("passed", "false")
			.param("notes", "墙体仍在"))
			.andExpect(status().is3xxRedirection());

		ArgumentCaptor<ActionRequest> request = ArgumentCaptor.forClass(ActionRequest.class);
		verify(commands).act(eq(new CaseNumber(NUMBER)), eq(CaseAction.VERIFY), request.capture(), any());
		assertThat(request.getValue().passed()).isFalse();
		assertThat(request.getValue().notes()).isEqualTo("墙体仍在");
	}

	@Test
	void anIllegalMoveShowsTheCurrentStatusWith409() throws Exception {
		CaseSummary acknowledged = CaseSamples.summary(NUMBER, CaseStatus.ACKNOWLEDGED, "yuantian", now());
		given(queries.detail(any(), any())).willReturn(CaseSamples.detail(acknowledged, Set.of(CaseAction.ARRIVE)));
		given(commands.act(any(), eq(CaseAction.ACKNOWLEDGE), any(), any())).willThrow(CaseRefusals
			.illegalMove(CaseAction.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED, Set.of(CaseAction.ARRIVE)));

		mvc.perform(post("/cases/" + NUMBER + "/actions/acknowledge").with(csrf())
			.with(user("officer.yuantian2").roles("OFFICER")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"action-error\"")))
			.andExpect(content().string(containsString("无法执行“报到（接单）”：案件当前状态为“已报到”")))
			.andExpect(content().string(containsString("id=\"action-arrive\"")));
	}

	@Test
	void anInvalidFieldIsShownNextToIt() throws Exception {
		given(queries.detail(any(), any()))
			.willReturn(CaseSamples.detail(dispatched(), Set.of(CaseAction.REJECT, CaseAction.EXTEND)));
		given(commands.act(any(), eq(CaseAction.EXTEND), any(), any()))
			.willThrow(CaseRefusals.required("reason", CaseAction.EXTEND));

		mvc.perform(post("/cases/" + NUMBER + "/actions/extend").with(csrf())
			.with(user("officer.yuantian1").roles("OFFICER"))
			.param("workingDays", "3")
			.param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"extend-workingDays\" value=\"3\"")))
			.andExpect(content().string(not(containsString("id=\"error-reject-reason\""))))
			.andExpect(content().string(containsString("id=\"error-extend-reason\"")))
			.andExpect(content().string(containsString("请填写：理由。")));
	}

	@Test
	void aRefusedActionIsExplainedInTheReadersLanguage() throws Exception {
		given(queries.detail(any(), any()))
			.willReturn(CaseSamples.detail(dispatched(), Set.of(CaseAction.MERGE, CaseAction.EXTEND)));
		given(commands.act(any(), eq(CaseAction.MERGE), any(), any()))
			.willThrow(CaseRefusals.noSuchTargetCase("410105-2026-999999"));
		given(commands.act(any(), eq(CaseAction.EXTEND), any(), any()))
			.willThrow(CaseRefusals.required("reason", CaseAction.EXTEND));

		mvc.perform(post("/cases/" + NUMBER + "/actions/merge").with(csrf())
			.with(user("officer.yuantian1").roles("OFFICER"))
			.param("target", "410105-2026-999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有编号为 410105-2026-999999 的案件。")))
			.andExpect(content().string(not(containsString("No case"))));
		mvc.perform(post("/cases/" + NUMBER + "/actions/extend").param("lang", "en").with(csrf())
			.with(user("officer.yuantian1").roles("OFFICER"))
			.param("workingDays", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please fill in: Reason.")));
		mvc.perform(post("/cases/" + NUMBER + "/actions/extend").with(csrf())
			.with(user("officer.yuantian1").roles("OFFICER"))
			.param("workingDays", "3"))
			.andExpect(content().string(containsString("请填写：理由。")));
	}

	@Test
	void arrivingWithoutGpsOffersTheMapAndCoordinatesAndTheRefusalIsInChinese() throws Exception {
		given(queries.detail(any(), any())).willReturn(CaseSamples.detail(dispatched(), Set.of(CaseAction.ARRIVE)));
		given(commands.act(any(), eq(CaseAction.ARRIVE), any(), any()))
			.willThrow(CaseRefusals.arriveNeedsLocation());

		mvc.perform(get("/cases/" + NUMBER).with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"arrive-lat\"")))
			.andExpect(content().string(containsString("id=\"arrive-map\"")))
			.andExpect(content().string(containsString("在地图上选点")))
			.andExpect(content().string(not(containsString("将不带位置提交"))));
		mvc.perform(post("/cases/" + NUMBER + "/actions/arrive").with(csrf())
			.with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-arrive-location\"")))
			.andExpect(content().string(containsString("到达现场需要记录您的位置")))
			.andExpect(content().string(not(containsString("Arriving needs"))));
		mvc.perform(post("/cases/" + NUMBER + "/actions/arrive").with(csrf())
			.with(user("officer.yuantian1").roles("OFFICER"))
			.param("lat", "134.8")
			.param("lng", "113.68"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("纬度须在 -90 到 90 之间")))
			.andExpect(content().string(containsString("value=\"134.8\"")));
	}

	@Test
	void anUnknownActionIsNotFoundAndNothingIsCalled() throws Exception {
		mvc.perform(post("/cases/" + NUMBER + "/actions/demolish").with(csrf())
			.with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isNotFound());
		verify(commands, never()).act(any(), any(), any(), any());
	}

	@Test
	void aCaseOutsideTheScopeIsForbidden() throws Exception {
		given(queries.detail(any(), any())).willThrow(CaseRefusals.outsideScope(new CaseNumber(NUMBER)));
		mvc.perform(get("/cases/" + NUMBER).with(user("liaison.public_security").roles("DEPARTMENT_LIAISON")))
			.andExpect(status().isForbidden());
	}

	@Test
	void myTasksShowCardsOfMineAndOfMyStationWaiting() throws Exception {
		CaseSummary mine = CaseSamples.summary("410105-2026-000018", CaseStatus.ACKNOWLEDGED, "yuantian", now());
		given(queries.search(any(), any(), anyInt(), anyInt())).willAnswer(call -> {
			CaseFilter filter = call.getArgument(0);
			return filter.assignedTo() != null ? CaseSamples.page(mine) : CaseSamples.page(dispatched());
		});

		mvc.perform(get("/my/tasks").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"task-410105-2026-000018\"")))
			.andExpect(content().string(containsString("id=\"task-" + NUMBER + "\"")));
	}

	@Test
	void theCommandQueueAsksForTheQueueAndIsTheCommandCentresOnly() throws Exception {
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(CaseSamples.page());
		mvc.perform(get("/command/queue").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isOk());
		ArgumentCaptor<CaseFilter> filter = ArgumentCaptor.forClass(CaseFilter.class);
		verify(queries).search(filter.capture(), any(), eq(0), anyInt());
		assertThat(filter.getValue().commandQueue()).isTrue();

		mvc.perform(get("/command/queue").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTimelineShowsDisplayNamesAndCodedNotesInTheReadersLanguage() throws Exception {
		Instant at = now().minus(java.time.Duration.ofHours(2));
		List<TimelineEntry> timeline = List.of(
				new TimelineEntry(at, CaseStep.REGISTERED, "社区小王", null, CaseStatus.DISPATCHED,
						TimelineNote.of(TimelineNote.Code.ROUTED, "yuantian", "王芳"), null, List.of()),
				new TimelineEntry(at.plusSeconds(60), CaseStep.EXTEND, "园田队员 李强", CaseStatus.DISPATCHED,
						CaseStatus.DISPATCHED, TimelineNote.of(TimelineNote.Code.EXTENSION_REQUESTED, 5).withText("需要协调"),
						null, List.of()),
				new TimelineEntry(at.plusSeconds(120), CaseStep.DEADLINE_MISSED, null, CaseStatus.DISPATCHED,
						CaseStatus.DISPATCHED, TimelineNote.of(TimelineNote.Code.DEADLINE_MISSED, "ACKNOWLEDGE",
								"2026-12-01T02:38:25Z", 30, "SQUAD_LEADER"),
						null, List.of()));
		given(queries.detail(any(), any())).willReturn(CaseSamples.detail(dispatched(), Set.of(), timeline));

		mvc.perform(get("/cases/" + NUMBER).with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社区小王")))
			.andExpect(content().string(containsString("/ 王芳")))
			.andExpect(content().string(containsString("申请延长 5 个工作日：需要协调")))
			.andExpect(content().string(containsString("报到时限 12-01 10:38 已超 30 分钟，已提醒中队长")))
			.andExpect(content().string(containsString("系统")))
			.andExpect(content().string(not(containsString("officer.yuantian1</td>"))));
		mvc.perform(get("/cases/" + NUMBER).param("lang", "en").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Extension requested")))
			.andExpect(content().string(containsString("+5 working days: 需要协调")))
			.andExpect(content().string(containsString("Acknowledgement deadline 12-01 10:38 missed by 30 min; squad leader alerted")))
			.andExpect(content().string(containsString("System")));
	}

	@Test
	void theTrackingPageIsPublicAndShowsNoNamesPhonesOrNotes() throws Exception {
		given(queries.track(new TrackingCode(CaseSamples.TRACKING)))
			.willReturn(java.util.Optional.of(CaseSamples.publicCase(CaseStatus.ACKNOWLEDGED, false, null, now())));

		mvc.perform(get("/track/" + CaseSamples.TRACKING))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已报到")))
			.andExpect(content().string(containsString("id=\"public-timeline\"")))
			.andExpect(content().string(not(containsString("张秘密"))))
			.andExpect(content().string(not(containsString("138****5678"))))
			.andExpect(content().string(not(containsString("内部备注"))))
			.andExpect(content().string(not(containsString("id=\"rating-form\""))));
	}

	@Test
	void theTrackFormSendsAValidCodeToItsPageAndAnUnknownOneGets404() throws Exception {
		mvc.perform(get("/track").param("code", " abcdefgh23 "))
			.andExpect(redirectedUrl("/track/" + CaseSamples.TRACKING));
		given(queries.track(any())).willReturn(java.util.Optional.empty());
		mvc.perform(get("/track/ZZZZZZZZZZ"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"track-error\"")));
	}

	@Test
	void aClosedCaseCanBeRatedOnceAndASecondRatingIsRefused() throws Exception {
		TrackingCode code = new TrackingCode(CaseSamples.TRACKING);
		given(queries.track(code))
			.willReturn(java.util.Optional.of(CaseSamples.publicCase(CaseStatus.CLOSED, true, null, now())));
		mvc.perform(get("/track/" + code.value()))
			.andExpect(content().string(containsString("id=\"rating-form\"")));

		mvc.perform(post("/track/" + code.value() + "/rating").with(csrf())
			.param("rating", "BASICALLY_SATISFIED")
			.param("comment", "处理及时"))
			.andExpect(redirectedUrl("/track/" + code.value()))
			.andExpect(flash().attribute("rated", true));
		verify(commands).rate(code, Rating.BASICALLY_SATISFIED, "处理及时");

		given(queries.track(code)).willReturn(
				java.util.Optional.of(CaseSamples.publicCase(CaseStatus.CLOSED, false, Rating.BASICALLY_SATISFIED, now())));
		given(commands.rate(eq(code), any(), any()))
			.willThrow(CaseRefusals.cannotRate(CaseStatus.CLOSED, true));
		mvc.perform(post("/track/" + code.value() + "/rating").with(csrf()).param("rating", "SATISFIED"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"rating-error\"")))
			.andExpect(content().string(not(containsString("id=\"rating-form\""))));
	}
}
