package org.steward.enforcement.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;
import static org.steward.PageVisitor.sessionOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.enforcement.EducationFirstTests;
import org.steward.enforcement.EnforcementDocument;
import org.steward.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * On-site inspection records and inquiry records: two officers with their certificate numbers,
 * numbered per squad and year, print page and PDF with every Chinese character, in the audit
 * chain with the hash of their text; every bad field named.
 */
@IntegrationTest
class InvestigationRecordsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InvestigationRecords records;

	@Test
	void makesANumberedInspectionRecordWithBothOfficersCertificatesAndEntersItsHashIntoTheAuditChain() throws Exception {
		String officer = tokenOf(mvc, "officer.yuantian1");
		long party = party(officer);
		String number = report();
		String started = Instant.now().minus(Duration.ofMinutes(30)).toString();
		String first = record(officer, number, """
				{"kind":"INSPECTION","partyId":%d,"startedAt":"%s","place":"金水区园田路20号门前",
				 "officers":["officer.yuantian1","officer.yuantian2"],"partyPresent":true,"presentPerson":"李秀英",
				 "presentRole":"店主","findings":"店门外人行道摆放桌椅四套，占用人行道约六平方米。"}"""
			.formatted(party, started))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentNumber").value(Matchers.matchesPattern("金城管东风检〔\\d{4}〕\\d+号")))
			.andExpect(jsonPath("$.officers[0].certificate").value("41010500101"))
			.andExpect(jsonPath("$.officers[1].certificate").value("41010500102"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(first, "$.id")).longValue();
		int seq = seq(JsonPath.read(first, "$.documentNumber"));
		String second = record(officer, number, """
				{"kind":"INSPECTION","partyId":%d,"startedAt":"%s","place":"同上","officers":["officer.yuantian1","officer.yuantian2"],
				 "partyPresent":false,"findings":"复查：桌椅仍在。"}""".formatted(party, started))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(seq((String) JsonPath.read(second, "$.documentNumber"))).isEqualTo(seq + 1);

		MockHttpSession session = sessionOf(mvc, "officer.yuantian1");
		mvc.perform(get("/enforcement/records/" + id).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("现场检查笔录")))
			.andExpect(content().string(Matchers.containsString("李强（执法证号：41010500101）")))
			.andExpect(content().string(Matchers.containsString("被检查人（签名）")));
		byte[] pdf = mvc.perform(get("/enforcement/records/" + id + ".pdf").session(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		EnforcementDocument document = records.document(records.find(id).orElseThrow());
		assertEveryCharacter(pdf, document);
		// a department liaison sees only its department's tasks, not the case's records
		mvc.perform(get("/enforcement/records/" + id).session(sessionOf(mvc, "liaison.public_security")))
			.andExpect(status().isForbidden());

		String sha = InvestigationRecords.sha256(document.text());
		assertThat(records.find(id).orElseThrow().contentSha256()).isEqualTo(sha);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from audit_entry where subject = ? and action = 'RECORD_INSPECTION' and evidence_hashes = ?")
			.params("case:" + number, sha).query(Long.class).single()).isEqualTo(1));
	}

	@Test
	void rejectsBadRecordsNamingEveryField() throws Exception {
		String officer = tokenOf(mvc, "officer.yuantian1");
		long party = party(officer);
		String number = report();
		String now = Instant.now().toString();
		record(officer, number, "{\"kind\":\"INSPECTION\",\"partyId\":%d,\"officers\":[\"officer.yuantian1\"]}".formatted(party))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("startedAt", "place", "officers", "findings")));
		record(officer, number, """
				{"kind":"INSPECTION","partyId":%d,"startedAt":"%s","place":"x","officers":["officer.yuantian1","squad.dongfeng"],
				 "findings":"x"}""".formatted(party, now))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("officers"))
			.andExpect(jsonPath("$.errors[0].code").value("enforcement.refused.record.officers.certificate"));
		record(officer, number, """
				{"kind":"INSPECTION","partyId":%d,"startedAt":"%s","endedAt":"%s","place":"x",
				 "officers":["officer.yuantian1","officer.yuantian2"],"partyPresent":true,"findings":"x"}"""
			.formatted(party, Instant.now().plus(Duration.ofHours(2)), Instant.now().minus(Duration.ofHours(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("startedAt", "endedAt", "presentPerson")));
		record(officer, number, """
				{"kind":"INQUIRY","partyId":%d,"startedAt":"%s","place":"x","officers":["officer.yuantian1","officer.yuantian2"],
				 "questions":[{"question":"","answer":""}]}""".formatted(party, now))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("presentPerson", "questions")));
		record(officer, number, """
				{"kind":"INQUIRY","partyId":%d,"startedAt":"%s","place":"x","officers":["officer.yuantian1","officer.yuantian2"],
				 "presentPerson":"李秀英","questions":[{"question":"桌椅是谁摆的？","answer":"我"},{"question":"摆了几天？"}]}"""
			.formatted(party, now))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("questions[1]"));
		record(officer, number, "{\"kind\":\"MINUTES\",\"partyId\":999999999}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("kind", "partyId")));
		record(tokenOf(mvc, "community.yuantian"), number, "{\"kind\":\"INSPECTION\"}")
			.andExpect(status().isForbidden());
		assertThat(records.ofCase(new org.steward.cases.CaseNumber(number))).isEmpty();
	}

	@Test
	void makesAnInquiryRecordThroughThePageWithInlineErrors() throws Exception {
		MockHttpSession session = sessionOf(mvc, "officer.yuantian1");
		long party = party(tokenOf(mvc, "officer.yuantian1"));
		String number = report();
		mvc.perform(get("/cases/" + number + "/measures").session(session).param("partyId", "" + party))
			.andExpect(content().string(Matchers.containsString("id=\"new-inquiry\"")));
		mvc.perform(get("/cases/" + number + "/records/new").session(session).param("kind", "INQUIRY").param("partyId", "" + party))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"question\"")));
		String started = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(20).truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(post("/cases/" + number + "/records").session(session).with(csrf())
			.param("kind", "INQUIRY").param("partyId", "" + party).param("startedAt", started).param("place", "园田社区执法服务站")
			.param("officers", "officer.yuantian1").param("partyPresent", "true").param("presentPerson", "李秀英")
			.param("question", "桌椅是谁摆放的？", "", "摆放了多久？").param("answer", "是我摆的。", "", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"officers-error\">笔录须由两名以上执法人员制作")))
			.andExpect(content().string(Matchers.containsString("id=\"questions-1-error\">第 2 条问答须同时填写问和答")));
		mvc.perform(post("/cases/" + number + "/records").session(session).with(csrf())
			.param("kind", "INQUIRY").param("partyId", "" + party).param("startedAt", "yesterday").param("place", "x")
			.param("officers", "officer.yuantian1", "officer.yuantian2").param("presentPerson", "李秀英")
			.param("question", "q").param("answer", "a"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"startedAt-error\">时间格式不正确")));
		String location = mvc.perform(post("/cases/" + number + "/records").session(session).with(csrf())
			.param("kind", "INQUIRY").param("partyId", "" + party).param("startedAt", started).param("place", "园田社区执法服务站")
			.param("officers", "officer.yuantian1", "officer.yuantian2").param("partyPresent", "true")
			.param("presentPerson", "李秀英").param("presentRole", "店主")
			.param("question", "桌椅是谁摆放的？", "", "摆放了多久？").param("answer", "是我摆的。", "", "两天。"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/enforcement/records/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(session))
			.andExpect(content().string(Matchers.containsString("询问笔录")))
			.andExpect(content().string(Matchers.matchesRegex("(?s).*金城管东风询〔\\d{4}〕\\d+号.*")))
			.andExpect(content().string(Matchers.containsString("问：摆放了多久？")))
			.andExpect(content().string(Matchers.containsString("答：两天。")));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(records.find(id).orElseThrow().questions()).hasSize(2);
		byte[] pdf = mvc.perform(get(location + ".pdf").session(session)).andReturn().getResponse().getContentAsByteArray();
		assertEveryCharacter(pdf, records.document(records.find(id).orElseThrow()));
	}

	static void assertEveryCharacter(byte[] pdf, EnforcementDocument document) throws Exception {
		com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
		com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page));
		}
		String extracted = text.toString().replaceAll("\\s", "");
		String expected = (document.text() + String.join("", document.signatures())).replaceAll("\\s", "");
		assertThat(extracted).contains(document.title()).contains(document.number());
		for (int i = 0; i < expected.length(); i++) {
			assertThat(extracted).contains(String.valueOf(expected.charAt(i)));
		}
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/FontFile2");
		reader.close();
	}

	private static int seq(String documentNumber) {
		return Integer.parseInt(documentNumber.replaceAll(".*〕(\\d+)号$", "$1"));
	}

	private ResultActions record(String token, String number, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + number + "/records").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long party(String token) throws Exception {
		String answer = mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"MERCHANT","name":"笔录测试商户%s","creditCode":"%s","address":"金水区园田路20号",
					 "location":{"lat":34.7985,"lng":113.6830,"crs":"WGS84"}}""".formatted(UUID.randomUUID(),
					EducationFirstTests.creditCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private String report() throws Exception {
		return anonymous(mvc).report("0503", "店外经营（笔录测试）");
	}
}
