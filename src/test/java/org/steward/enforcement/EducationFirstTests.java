package org.steward.enforcement;

import org.steward.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;

import java.time.Duration;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.IntegrationTest;
import org.steward.parties.TestCreditCodes;

import com.jayway.jsonpath.JsonPath;

/**
 * The done-when scenario through the API: a merchant's first storefront overflow (店外经营)
 * ends with education and a correction order, no penalty; the deadline passes, the re-inspection
 * finds it corrected, the case closes; the merchant's second offence within twelve months is
 * suggested the next rung.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
public class EducationFirstTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Reinspections reinspections;

	@Autowired
	EnforcementDocuments documents;

	@Autowired
	Disclosures disclosures;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** Every character of the document is in the PDF's text layer, and the font is embedded (no missing glyph). */
	static void assertPdfShowsEveryCharacter(byte[] pdf, EnforcementDocument document) throws Exception {
		com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
		com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page));
		}
		String extracted = text.toString().replaceAll("\\s", "");
		String expected = (document.title() + document.number() + String.join("", document.paragraphs()) + document.issuer())
			.replaceAll("\\s", "");
		assertThat(extracted).contains("责令改正通知书").contains(document.number()).contains("行政复议").contains("六个月内");
		for (int i = 0; i < expected.length(); i++) {
			assertThat(extracted).contains(String.valueOf(expected.charAt(i)));
		}
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/FontFile2");
		reader.close();
	}

	@Test
	void firstOverflowIsEducatedAndCorrectedAndTheRepeatGoesOneRungUp() throws Exception {
		String officer = tokenOf(mvc, "officer.yuantian1");
		String head = tokenOf(mvc, "station.yuantian");
		long party = registerMerchant(officer, "老王烩面馆（首违测试）" + UUID.randomUUID());

		String first = report("0503", "烩面馆门前摆桌椅店外经营（首违测试）");
		act(officer, first, "acknowledge", "{}").andExpect(status().isOk());
		act(officer, first, "arrive", "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/cases/" + first + "/measures/suggestion").param("partyId", "" + party)
			.header("Authorization", "Bearer " + officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("EDUCATION"))
			.andExpect(jsonPath("$.withRectificationOrder").value(true))
			.andExpect(jsonPath("$.reason").value(Matchers.containsString("首违不罚")));

		measure(officer, first, """
				{"type":"EDUCATION","partyId":%d,"notes":"向店主宣讲门前三包责任","officers":["officer.yuantian1"]}"""
			.formatted(party)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentUrl").doesNotExist());
		String deadline = clock.instant().plus(Duration.ofDays(3)).toString();
		String order = measure(officer, first, """
				{"type":"RECTIFICATION_ORDER","partyId":%d,"notes":"限期三日内将桌椅收回店内",
				 "officers":["officer.yuantian1","officer.yuantian2"],"deadline":"%s"}""".formatted(party, deadline))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentUrl").value(Matchers.startsWith("/enforcement/documents/")))
			.andExpect(jsonPath("$.documentNumber").value(Matchers.matchesPattern("金城管东风责改〔\\d{4}〕\\d+号")))
			.andExpect(jsonPath("$.outcome").value("PENDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long orderId = ((Number) JsonPath.read(order, "$.id")).longValue();
		String documentNumber = JsonPath.read(order, "$.documentNumber");
		mvc.perform(get("/enforcement/documents/" + orderId).with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("责令改正通知书")))
			.andExpect(content().string(Matchers.containsString(documentNumber)))
			.andExpect(content().string(Matchers.containsString("六十日内")));
		byte[] pdf = mvc.perform(get("/enforcement/documents/" + orderId + ".pdf").with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		EnforcementDocument document = documents.document(orderId);
		assertPdfShowsEveryCharacter(pdf, document);
		// both officers with their certificate numbers, the deadline to the minute, the party's receipt, service and seal
		PdfLines.of(pdf)
			.shows("李强（执法证号 41010500101）", "王芳（执法证号 41010500102）",
					documents.minute(java.time.Instant.parse(deadline)) + "前", "当事人签收", "送达人", "送达时间", "（印章）")
			.noLineStartsWithClosingPunctuation();

		reinspections.raiseDueTasks();
		assertThat(reinspections.ofCase(first)).isEmpty();
		clock.advance(Duration.ofDays(4));
		reinspections.raiseDueTasks();
		// the officer named first on the order hears that the re-inspection is due (messaging), once
		reinspections.raiseDueTasks();
		assertThat(jdbc.sql("""
				select count(*) from messaging_message where kind = 'REINSPECTION_DUE' and case_number = :n
				and username = 'officer.yuantian1'""").param("n", first).query(Integer.class).single()).isEqualTo(1);
		officer = tokenOf(mvc, "officer.yuantian1"); // tokens issued before the clock moved on have expired
		head = tokenOf(mvc, "station.yuantian");
		String tasks = mvc.perform(get("/api/v1/reinspections").header("Authorization", "Bearer " + officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Integer> ids = JsonPath.read(tasks, "$[?(@.caseNumber == '" + first + "')].id");
		assertThat(ids).hasSize(1);
		mvc.perform(post("/api/v1/reinspections/" + ids.get(0)).header("Authorization", "Bearer " + officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"corrected\":true,\"notes\":\"复查：桌椅已收回\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.corrected").value(true));
		mvc.perform(post("/api/v1/reinspections/" + ids.get(0)).header("Authorization", "Bearer " + officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"corrected\":true}")).andExpect(status().isConflict());

		act(officer, first, "handle", "{\"result\":\"教育并责令改正，复查已改正，不予处罚\"}").andExpect(status().isOk());
		act(head, first, "verify", "{\"passed\":true}").andExpect(jsonPath("$.summary.status").value("CLOSED"));

		String history = mvc.perform(get("/api/v1/parties/" + party).header("Authorization", "Bearer " + officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.party.contacts[0].phone").value("138****5678"))
			.andExpect(jsonPath("$.measures.length()").value(2))
			.andExpect(jsonPath("$.cases[0].status").value("CLOSED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).doesNotContain("PENALTY_CASE").contains("CORRECTED");
		assertThat((Object) JsonPath.read(history, "$.measures[?(@.id == " + orderId + ")].outcome"))
			.asString()
			.contains("CORRECTED");

		String second = report("0503", "烩面馆门前又摆桌椅（再犯测试）");
		mvc.perform(get("/api/v1/cases/" + second + "/measures/suggestion").param("partyId", "" + party)
			.header("Authorization", "Bearer " + officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("WARNING"));
		// choosing the lighter step again needs a reason, which is recorded
		measure(officer, second, """
				{"type":"EDUCATION","partyId":%d,"officers":["officer.yuantian1"]}""".formatted(party))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		measure(officer, second, """
				{"type":"EDUCATION","partyId":%d,"officers":["officer.yuantian1"],"reason":"店主当场收回并致歉"}"""
			.formatted(party)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestedType").value("WARNING"))
			.andExpect(jsonPath("$.deviationReason").value("店主当场收回并致歉"));
	}

	@Test
	void aRefusedCorrectionLeadsToAPenaltyCase() throws Exception {
		String officer = tokenOf(mvc, "officer.yuantian1");
		long party = registerMerchant(officer, "拒改商户（测试）" + UUID.randomUUID());
		String number = report("0503", "商户门前堆放货物（拒改测试）");
		measure(officer, number, """
				{"type":"RECTIFICATION_ORDER","partyId":%d,"officers":["officer.yuantian1","officer.yuantian2"],"deadline":"%s"}"""
			.formatted(party, clock.instant().plus(Duration.ofDays(1)))).andExpect(status().isCreated());
		clock.advance(Duration.ofDays(2));
		reinspections.raiseDueTasks();
		officer = tokenOf(mvc, "officer.yuantian1");
		long task = reinspections.ofCase(number).get(0).id();
		mvc.perform(post("/api/v1/reinspections/" + task).header("Authorization", "Bearer " + officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"corrected\":false,\"notes\":\"仍在店外经营\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/cases/" + number + "/measures/suggestion").param("partyId", "" + party)
			.header("Authorization", "Bearer " + officer)).andExpect(jsonPath("$.type").value("PENALTY_CASE"));
		measure(officer, number, """
				{"type":"PENALTY_CASE","partyId":%d,"officers":["officer.yuantian1"]}""".formatted(party))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("officers"));
		String penalty = measure(officer, number, """
				{"type":"PENALTY_CASE","partyId":%d,"officers":["officer.yuantian1","officer.yuantian2"],"major":true,
				 "notes":"逾期拒不改正店外经营，罚款200元，当事人电话13812345678"}"""
			.formatted(party)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.legalReviewRequired").value(true))
			.andExpect(jsonPath("$.decideBy").isNotEmpty())
			.andExpect(jsonPath("$.documentNumber").doesNotExist()) // the decision's number comes with the decision
			.andReturn()
			.getResponse()
			.getContentAsString();
		long penaltyId = ((Number) JsonPath.read(penalty, "$.id")).longValue();
		String squad = tokenOf(mvc, "squad.dongfeng");
		String command = tokenOf(mvc, "command");
		penaltyStep(officer, penaltyId, "filing", "{}").andExpect(status().isForbidden());
		penaltyStep(squad, penaltyId, "filing", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("APPROVED"));

		// the decision rests on evidence, whose SHA-256 goes into the audit chain
		penaltyStep(officer, penaltyId, "proposal", "{\"severity\":\"GENERAL\",\"amount\":\"200\",\"facts\":\"x\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("evidence"));
		byte[] photo = ("现场照片 " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(photo));
		org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file",
				"现场照片.jpg", "image/jpeg", photo);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/penalties/" + penaltyId + "/evidence")
			.file(file).param("description", "逾期后店外仍摆放桌椅").header("Authorization", "Bearer " + officer))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").value(sha));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/penalties/" + penaltyId + "/evidence")
			.file(file).param("description", "again").header("Authorization", "Bearer " + officer))
			.andExpect(status().isConflict());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/penalties/" + penaltyId + "/evidence")
			.param("description", "").header("Authorization", "Bearer " + officer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("file", "description")));

		// the amount lies within the benchmark (0503 GENERAL: 50–200)
		penaltyStep(officer, penaltyId, "proposal", "{\"severity\":\"GENERAL\",\"amount\":\"600\",\"facts\":\"逾期拒不改正\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(jsonPath("$.errors[0].code").value("enforcement.refused.penalty.amount.outside"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("50–200")));
		penaltyStep(officer, penaltyId, "proposal", "{\"severity\":\"GENERAL\",\"amount\":\"200\",\"facts\":\"逾期拒不改正店外经营，有现场照片为证\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.review").value("REQUIRED"));

		// no decision before the prior notice; the party waived statement and hearing in writing
		penaltyStep(squad, penaltyId, "decision", "{\"disclose\":true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:enforcement.refused.penalty.noNotice"));
		penaltyStep(officer, penaltyId, "notice", "{\"noticeAt\":\"" + clock.instant() + "\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("NOTIFIED"))
			.andExpect(jsonPath("$.hearingRight").value(false));
		penaltyStep(officer, penaltyId, "waiver", "{\"note\":\"当事人书面放弃陈述申辩\",\"waivedAt\":\"" + clock.instant() + "\"}")
			.andExpect(status().isOk());

		// a major decision cannot be issued before its legal review passes
		penaltyStep(squad, penaltyId, "decision", "{\"disclose\":true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:enforcement.refused.penalty.reviewFirst"));
		penaltyStep(officer, penaltyId, "review", "{\"passed\":true,\"opinion\":\"同意\"}").andExpect(status().isForbidden());
		penaltyStep(command, penaltyId, "review", "{\"passed\":true}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("opinion"));
		penaltyStep(command, penaltyId, "review", "{\"passed\":true,\"opinion\":\"事实清楚，证据确凿，适用依据正确，幅度适当\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.review").value("PASSED"));
		penaltyStep(officer, penaltyId, "decision", "{\"disclose\":true}").andExpect(status().isForbidden());
		String decided = penaltyStep(squad, penaltyId, "decision", "{\"disclose\":true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("DECIDED"))
			.andExpect(jsonPath("$.decisionNumber").value(Matchers.matchesPattern("金城管东风罚决〔\\d{4}〕\\d+号")))
			.andExpect(jsonPath("$.serveBy").isNotEmpty())
			.andReturn().getResponse().getContentAsString();
		String decision = JsonPath.read(decided, "$.decisionNumber");
		String decidedAt = JsonPath.read(decided, "$.decidedAt");

		// marked for disclosure at the decision, it is on the public page already, masked
		mvc.perform(post("/api/v1/measures/" + penaltyId + "/disclosure").header("Authorization", "Bearer " + squad))
			.andExpect(status().isConflict());
		// structured fields only (type, amount, basis, local dates); the notes' free text is not published
		String localDay = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd")
			.withZone(java.time.ZoneId.of("Asia/Shanghai")).format(java.time.Instant.parse(decidedAt));
		mvc.perform(get("/disclosure"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(decision)))
			.andExpect(content().string(Matchers.containsString("<td>罚款</td>")))
			.andExpect(content().string(Matchers.containsString("200 元")))
			.andExpect(content().string(Matchers.containsString("《郑州市城市市容和环境卫生管理条例》")))
			.andExpect(content().string(Matchers.containsString("class=\"disclosure-decided\">" + localDay)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("5678"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("逾期拒不改正店外经营"))));
		mvc.perform(get("/enforcement/documents/" + penaltyId).with(user("officer.yuantian1").roles("OFFICER")))
			.andExpect(content().string(Matchers.containsString("罚款人民币200元")))
			.andExpect(content().string(Matchers.containsString("本案经法制审核")));

		// service within 7 days of the decision
		penaltyStep(officer, penaltyId, "service", "{\"method\":\"DIRECT\",\"servedTo\":\"王建国\",\"servedAt\":\""
				+ java.time.Instant.parse(decidedAt).minusSeconds(3600) + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("servedAt"));
		penaltyStep(officer, penaltyId, "service", "{\"method\":\"BY_PIGEON\",\"servedTo\":\"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("method", "servedTo", "servedAt")));
		penaltyStep(officer, penaltyId, "service", "{\"method\":\"DIRECT\",\"servedTo\":\"王建国\",\"servedAt\":\""
				+ clock.instant() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("SERVED"))
			.andExpect(jsonPath("$.serviceOverdue").value(false));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from audit_entry where action = 'PENALTY_EVIDENCE' and evidence_hashes = ?")
			.param(sha).query(Long.class).single()).isEqualTo(1));

		mvc.perform(post("/api/v1/measures/" + penaltyId + "/disclosure/withdrawal").header("Authorization", "Bearer " + squad)
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		// a squad leader of another squad may neither revoke nor withdraw it, and nothing changes
		org.steward.identity.CurrentUser wenhua = new org.steward.identity.CurrentUser("squad.wenhua", "文化路中队长",
				java.util.Set.of(org.steward.identity.Role.SQUAD_LEADER), new org.steward.identity.DataScope.Squad("wenhua"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> disclosures.revoke(penaltyId, "越权撤销", wenhua))
			.isInstanceOf(org.steward.refusal.Refusal.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> disclosures.withdraw(penaltyId, "越权撤回", wenhua))
			.isInstanceOf(org.steward.refusal.Refusal.class);
		assertThat(disclosures.byMeasure(penaltyId).withdrawnAt()).isNull();
		assertThat(disclosures.byMeasure(penaltyId).revokedAt()).isNull();
		// revoked on review: recorded, withdrawn at once (due within three working days)
		mvc.perform(post("/api/v1/measures/" + penaltyId + "/disclosure/revocation").header("Authorization", "Bearer " + squad)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"经行政复议撤销\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.withdrawalReason").value("处罚决定已撤销：经行政复议撤销"))
			.andExpect(jsonPath("$.revokedAt").isNotEmpty())
			.andExpect(jsonPath("$.withdrawDue").isNotEmpty())
			.andExpect(jsonPath("$.withdrawnAt").isNotEmpty());
		Disclosures.Disclosure revoked = disclosures.byMeasure(penaltyId);
		assertThat(revoked.withdrawnAt()).isBeforeOrEqualTo(revoked.withdrawDue());
		mvc.perform(get("/disclosure"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(decision))));
	}

	@Test
	void rejectsBadMeasures() throws Exception {
		String officer = tokenOf(mvc, "officer.yuantian1");
		long party = registerMerchant(officer, "坏输入商户（测试）" + UUID.randomUUID());
		String number = report("0503", "店外经营（坏输入测试）");
		measure(officer, number, "{\"type\":\"SCOLDING\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\"]}".formatted(party))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
		measure(officer, number, "{\"type\":\"EDUCATION\",\"officers\":[\"officer.yuantian1\"]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partyId"));
		measure(officer, number, "{\"type\":\"EDUCATION\",\"partyId\":999999999,\"officers\":[\"officer.yuantian1\"]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partyId"));
		measure(officer, number, "{\"type\":\"EDUCATION\",\"partyId\":%d,\"officers\":[]}".formatted(party))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officers"));
		measure(officer, number, "{\"type\":\"EDUCATION\",\"partyId\":%d,\"officers\":[\"nobody.here\"]}".formatted(party))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officers"));
		measure(officer, number, "{\"type\":\"EDUCATION\",\"partyId\":%d,\"officers\":[\"community.yuantian\"]}".formatted(party))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officers"));
		measure(officer, number, "{\"type\":\"RECTIFICATION_ORDER\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\",\"officer.yuantian2\"]}".formatted(party))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deadline"));
		measure(officer, number, "{\"type\":\"RECTIFICATION_ORDER\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\",\"officer.yuantian2\"],\"deadline\":\"%s\"}"
			.formatted(party, clock.instant().minus(Duration.ofHours(1))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deadline"));
		// a rectification order is a document served by two officers with certificates (第四十二条)
		measure(officer, number, "{\"type\":\"RECTIFICATION_ORDER\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\"],\"deadline\":\"%s\"}"
			.formatted(party, clock.instant().plus(Duration.ofHours(1))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officers"))
			.andExpect(jsonPath("$.errors[0].code").value("enforcement.refused.officers.twoForOrder"));
		measure(officer, number, "{\"type\":\"MEDIATION\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\"],\"reason\":\"双方愿调解\"}".formatted(party))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agreement"));
		measure(officer, "410105-2026-999999", "{\"type\":\"EDUCATION\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\"]}".formatted(party))
			.andExpect(status().isNotFound());
		measure(officer, "not-a-case", "{\"type\":\"EDUCATION\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\"]}".formatted(party))
			.andExpect(status().isNotFound());
		measure(tokenOf(mvc, "community.yuantian"), number, "{\"type\":\"EDUCATION\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\"]}".formatted(party))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/cases/" + number + "/measures").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/cases/" + number + "/measures/suggestion").header("Authorization", "Bearer " + officer))
			.andExpect(status().isBadRequest());
	}

	@Test
	void rejectsBadParties() throws Exception {
		String officer = tokenOf(mvc, "officer.yuantian1");
		party(officer, "{\"type\":\"MERCHANT\",\"name\":\"校验码错\",\"creditCode\":\"91350100M000100Y44\",\"address\":\"纬五路1号\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].code").value("parties.refused.creditCode.check"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("校验码")));
		party(officer, "{\"type\":\"SPACESHIP\",\"name\":\"\",\"address\":\"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3));
		party(officer, "{\"type\":\"MERCHANT\",\"name\":\"a\",\"address\":\"b\",\"location\":{\"lat\":95,\"lng\":113}}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("location"));
		party(officer, "{\"type\":\"MERCHANT\",\"name\":\"a\",\"address\":\"b\",\"contacts\":[{\"name\":\"王\",\"phone\":\"abc\"}]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("contacts[0].phone"));
		party(officer, "{\"type\":\"MERCHANT\",\"name\":\"a\",\"address\":\"b\",\"frontageFrom\":\"2026-05-01\",\"frontageTo\":\"2026-01-01\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("frontageTo"));
		String code = creditCode();
		party(officer, "{\"type\":\"MERCHANT\",\"name\":\"重复一\",\"creditCode\":\"" + code + "\",\"address\":\"b\"}")
			.andExpect(status().isCreated());
		party(officer, "{\"type\":\"MERCHANT\",\"name\":\"重复二\",\"creditCode\":\"" + code + "\",\"address\":\"b\"}")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/parties/999999999").header("Authorization", "Bearer " + officer))
			.andExpect(status().isNotFound());
	}

	@Test
	void locatesAPartyIntoItsGridAndShowsPhonesOnlyToTheCommandCentre() throws Exception {
		long id = registerMerchant(tokenOf(mvc, "officer.yuantian1"), "定位商户" + UUID.randomUUID());
		mvc.perform(get("/api/v1/parties/" + id).header("Authorization", "Bearer " + tokenOf(mvc, "command")))
			.andExpect(jsonPath("$.party.gridCode").value("410105010001001"))
			.andExpect(jsonPath("$.party.contacts[0].phone").value("13812345678"));
	}

	public static String creditCode() {
		return TestCreditCodes.creditCode();
	}

	private long registerMerchant(String token, String name) throws Exception {
		String answer = party(token, """
				{"type":"MERCHANT","name":"%s","creditCode":"%s","address":"金水区园田路18号",
				 "location":{"lat":34.7985,"lng":113.6830,"crs":"WGS84"},
				 "contacts":[{"name":"王建国","phone":"13812345678","role":"店主"}],
				 "licenceStatus":"LICENSED","frontageFrom":"2026-01-01","frontageTo":"2026-12-31"}"""
			.formatted(name, creditCode())).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private ResultActions party(String token, String body) throws Exception {
		return mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions penaltyStep(String token, long penaltyId, String step, String body) throws Exception {
		return mvc.perform(post("/api/v1/penalties/" + penaltyId + "/" + step).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions measure(String token, String number, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + number + "/measures").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String report(String category, String description) throws Exception {
		return anonymous(mvc).report(category, description);
	}

	private ResultActions act(String token, String number, String action, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + number + "/" + action).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}
}
