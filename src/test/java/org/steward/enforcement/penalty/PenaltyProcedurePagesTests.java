package org.steward.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;
import static org.steward.PageVisitor.sessionOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.cases.CaseNumber;
import org.steward.enforcement.EducationFirstTests;
import org.steward.enforcement.EnforcementDocuments;
import org.steward.enforcement.Measures;
import org.steward.enforcement.PdfLines;

import com.jayway.jsonpath.JsonPath;

/**
 * A penalty case walked through every step of the Administrative Penalty Law's procedure by its
 * page: filing approval, evidence, a fine above the hearing threshold proposed, the prior notice,
 * the decision refused inside the notice period (named reason), a statement answered, a hearing
 * requested, scheduled and held, legal review, decision, service, payment and closing approval —
 * and every document of the procedure rendered to PDF, read back with PDFBox.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class PenaltyProcedurePagesTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Measures measures;

	@Autowired
	EnforcementDocuments documents;

	@Autowired
	PenaltyCases penalties;

	@Test
	void walksEveryStepOfThePenaltyProcedureAndRendersEachDocument() throws Exception {
		// illegal construction: the administrator enters a serious grade up to ¥100,000 (a major decision)
		String admin = tokenOf(mvc, "admin");
		mvc.perform(put("/api/v1/enforcement/benchmarks").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"categoryCode":"0101","severity":"SERIOUS","minAmount":10000,"maxAmount":100000,
					 "legalBasis":"《中华人民共和国城乡规划法》第六十四条","major":true}"""))
			.andExpect(status().isOk());
		String token = tokenOf(mvc, "officer.yuantian1");
		String partyName = "违建测试公司" + UUID.randomUUID().toString().substring(0, 8);
		String partyAnswer = mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"ORGANISATION","name":"%s","creditCode":"%s","address":"金水区园田路18号"}"""
				.formatted(partyName, EducationFirstTests.creditCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long party = ((Number) JsonPath.read(partyAnswer, "$.id")).longValue();
		String number = anonymous(mvc).report("0101", "园田路18号楼顶正在搭建彩钢板房（处罚程序测试）");

		MockHttpSession officer = sessionOf(mvc, "officer.yuantian1");
		mvc.perform(post("/cases/" + number + "/measures").session(officer).with(csrf()).param("partyId", "" + party)
			.param("type", "PENALTY_CASE").param("officers", "officer.yuantian1", "officer.yuantian2")
			.param("notes", "楼顶未经规划许可搭建彩钢板房约60平方米").param("reason", "违法建设，直接立案查处"))
			.andExpect(status().is3xxRedirection());
		long id = measures.ofCase(new CaseNumber(number)).get(0).id();
		String at = "/penalties/" + id;

		// 1. filing approval (立案审批): no proposal before it
		mvc.perform(get(at).session(officer))
			.andExpect(content().string(Matchers.containsString("data-stage=\"FILED\"")))
			.andExpect(content().string(Matchers.containsString("id=\"deadline-FILING_APPROVAL\"")));
		MockHttpSession squad = sessionOf(mvc, "squad.dongfeng");
		mvc.perform(post(at + "/filing").session(officer).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(at + "/filing").session(squad).with(csrf())).andExpect(status().is3xxRedirection());

		// 2. evidence and a proposal above the organisations' hearing threshold (¥50,000)
		byte[] photo = ("楼顶彩钢板房照片" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart(at + "/evidence").file(new MockMultipartFile("file", "roof.jpg", "image/jpeg", photo))
			.session(officer).with(csrf()).param("description", "现场照片：楼顶彩钢板房"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(at + "/proposal").session(officer).with(csrf()).param("severity", "SERIOUS")
			.param("amount", "60000").param("facts", "当事人未取得建设工程规划许可证，在园田路18号楼顶搭建彩钢板房约60平方米"))
			.andExpect(status().is3xxRedirection());

		// 3. no decision before the prior notice
		mvc.perform(post(at + "/decision").session(squad).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("尚未向当事人送达行政处罚事先告知书")));
		Instant noticeAt = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		mvc.perform(post(at + "/notice").session(officer).with(csrf()).param("noticeAt", local(noticeAt)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(at).session(officer))
			.andExpect(content().string(Matchers.containsString("data-stage=\"NOTIFIED\"")))
			.andExpect(content().string(Matchers.containsString("id=\"hearing-right\"")))
			.andExpect(content().string(Matchers.containsString("id=\"deadline-STATEMENT\"")))
			.andExpect(content().string(Matchers.containsString("id=\"deadline-HEARING_REQUEST\"")));

		// 4. inside the notice period the decision is refused with its named reason, on the page and the API
		mvc.perform(post(at + "/decision").session(squad).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("期限届满前不得作出处罚决定")));
		mvc.perform(post("/api/v1/penalties/" + id + "/decision").header("Authorization", "Bearer " + tokenOf(mvc, "squad.dongfeng"))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:enforcement.refused.penalty.noticePeriod"));

		// 5. the party's statement, answered (复核), and a hearing request within five days
		mvc.perform(post(at + "/statements").session(officer).with(csrf()).param("content", "")
			.param("receivedAt", local(noticeAt)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"content-error\"")));
		mvc.perform(post(at + "/statements").session(officer).with(csrf())
			.param("content", "彩钢板房是临时堆放杂物用的，准备自行拆除，请求从轻处罚").param("receivedAt", local(noticeAt.plusSeconds(60))))
			.andExpect(status().is3xxRedirection());
		long statement = penalties.statements(id).get(0).id();
		mvc.perform(post(at + "/statements/" + statement + "/answer").session(officer).with(csrf())
			.param("adopted", "false").param("answer", "经复核，当事人未提供新的事实和证据，搭建行为已完成，不予采纳"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(at + "/statements").session(officer).with(csrf()).param("hearingRequest", "true")
			.param("content", "当事人书面申请听证").param("receivedAt", local(noticeAt.plusSeconds(120))))
			.andExpect(status().is3xxRedirection());

		// 6. the hearing, told at least seven (working) days ahead, then held
		mvc.perform(post(at + "/hearing").session(officer).with(csrf())
			.param("hearingAt", local(clock.instant().plus(Duration.ofDays(2)))).param("hearingPlace", "金水区城市管理局听证室"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"hearingAt-error\"")));
		Instant hearingAt = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
		mvc.perform(post(at + "/hearing").session(officer).with(csrf())
			.param("hearingAt", local(hearingAt)).param("hearingPlace", "金水区城市管理局听证室"))
			.andExpect(status().is3xxRedirection());
		clock.advance(Duration.ofDays(21));
		officer = sessionOf(mvc, "officer.yuantian1");
		mvc.perform(post(at + "/hearing/record").session(officer).with(csrf())
			.param("hearingRecord", "听证会依法举行，当事人对违法事实无异议，请求从轻；听证主持人建议维持拟处罚意见"))
			.andExpect(status().is3xxRedirection());

		// 7. legal review of the major decision, the decision, its service, payment and closing
		MockHttpSession command = sessionOf(mvc, "command");
		mvc.perform(post(at + "/review").session(command).with(csrf()).param("passed", "true")
			.param("opinion", "事实清楚，证据确凿，程序合法，已听证")).andExpect(status().is3xxRedirection());
		squad = sessionOf(mvc, "squad.dongfeng");
		mvc.perform(post(at + "/decision").session(squad).with(csrf())).andExpect(status().is3xxRedirection());
		Instant servedAt = clock.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
		mvc.perform(post(at + "/service").session(officer).with(csrf()).param("method", "DIRECT")
			.param("servedTo", "张建设（法定代表人）").param("servedAt", local(servedAt)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(at + "/execution").session(officer).with(csrf()).param("execution", "PAYMENT")
			.param("executionNote", "")).andExpect(status().isBadRequest());
		mvc.perform(post(at + "/execution").session(officer).with(csrf()).param("execution", "PAYMENT")
			.param("executionNote", "已缴纳罚款，票据号 4101052026000456")).andExpect(status().is3xxRedirection());
		mvc.perform(post(at + "/closing").session(officer).with(csrf()).param("closingNote", "同意结案"))
			.andExpect(status().isForbidden());
		mvc.perform(post(at + "/closing").session(squad).with(csrf()).param("closingNote", "处罚决定执行完毕，同意结案"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get(at).session(officer))
			.andExpect(content().string(Matchers.containsString("data-stage=\"CLOSED\"")))
			.andExpect(content().string(Matchers.containsString("id=\"deadline-PAYMENT\"")))
			.andExpect(content().string(Matchers.containsString("id=\"deadline-CLOSING\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("不予采纳").contains("听证会依法举行");

		// 8. every document kind as PDF: officers' certificates, the party, and what the record holds
		PenaltyCases.PenaltyView view = penalties.ofMeasure(id).orElseThrow();
		String[] officers = { "李强（执法证号 41010500101）", "王芳（执法证号 41010500102）" };
		pdf(at + "/documents/filing.pdf", officer).shows(officers).shows(partyName, "立案审批表", "现场照片：楼顶彩钢板房",
				"同意立案").noLineStartsWithClosingPunctuation();
		pdf(at + "/documents/notice.pdf", officer).shows(officers)
			.shows(partyName, "事先告知书", "以上事实有下列证据证明：1. 现场照片：楼顶彩钢板房（roof.jpg）", "陆万元整",
					documents.minute(view.statementDue()) + "前", documents.minute(view.hearingDue()) + "前", "当事人签收", "送达人",
					"（印章）")
			.noLineStartsWithClosingPunctuation();
		pdf(at + "/documents/hearing.pdf", officer).shows(officers)
			.shows(partyName, "听证告知书", "陆万元整", documents.minute(view.hearingDue()) + "前", documents.minute(hearingAt),
					"金水区城市管理局听证室")
			.noLineStartsWithClosingPunctuation();
		PdfLines decision = pdf(at + "/documents/decision.pdf", officer).shows(officers)
			.shows(partyName, "行政处罚决定书", view.decisionNumber(), "以上事实有下列证据证明：1. 现场照片：楼顶彩钢板房（roof.jpg）",
					"60000元（大写：陆万元整）", "不予采纳", documents.minute(noticeAt), "当事人签收", "（印章）")
			.noLineStartsWithClosingPunctuation();
		assertThat(pdf("/enforcement/documents/" + id + ".pdf", officer).text()).isEqualTo(decision.text());
		pdf(at + "/documents/service.pdf", officer).shows(officers)
			.shows(partyName, "送达回证", view.decisionNumber(), "张建设（法定代表人）", documents.minute(servedAt), "直接送达",
					"受送达人（签名或盖章）")
			.noLineStartsWithClosingPunctuation();
		pdf(at + "/documents/closing.pdf", officer).shows(officers)
			.shows(partyName, "结案审批表", "陆万元整", "现场照片：楼顶彩钢板房", "票据号4101052026000456", "同意结案")
			.noLineStartsWithClosingPunctuation();
		// a document of another case's scope is not shown
		mvc.perform(get(at + "/documents/notice.pdf").session(sessionOf(mvc, "liaison.fire_rescue")))
			.andExpect(status().isForbidden());
	}

	private PdfLines pdf(String url, MockHttpSession session) throws Exception {
		byte[] bytes = mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("/FontFile2"); // the font is embedded
		return PdfLines.of(bytes);
	}

	private static String local(Instant at) {
		return LocalDateTime.ofInstant(at, ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
	}
}
