package org.steward.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;
import static org.steward.PageVisitor.sessionOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.steward.enforcement.EducationFirstTests;
import org.steward.enforcement.Measures;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.cases.CaseNumber;

import com.jayway.jsonpath.JsonPath;

/**
 * A penalty case through its page: evidence uploaded and hashed, a proposal outside the
 * benchmark refused inline, a major decision refused before its review, reviewed by the command
 * centre, issued by the squad leader, the 90-day warning shown as the clock moves, served; the
 * case can then be closed.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class PenaltyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Measures measures;

	@Test
	void walksAMajorPenaltyCaseFromEvidenceToServiceThroughThePage() throws Exception {
		MockHttpSession officer = sessionOf(mvc, "officer.yuantian1");
		String token = tokenOf(mvc, "officer.yuantian1");
		long party = party(token);
		String number = report();
		String filed = mvc.perform(post("/api/v1/cases/" + number + "/measures").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"PENALTY_CASE","partyId":%d,"officers":["officer.yuantian1","officer.yuantian2"],"major":true,
					 "reason":"多次劝导无效"}""".formatted(party)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(filed, "$.id")).longValue();
		mvc.perform(get("/cases/" + number + "/measures").session(officer).param("partyId", "" + party))
			.andExpect(content().string(Matchers.containsString("id=\"penalty-" + id + "\"")));
		mvc.perform(get("/penalties/" + id).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-stage=\"FILED\"")))
			.andExpect(content().string(Matchers.containsString("id=\"decide-by\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"decision-due-soon\""))));
		mvc.perform(post("/penalties/" + id + "/filing").session(sessionOf(mvc, "squad.dongfeng")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/penalties/" + id + "/proposal").session(officer).with(csrf())
			.param("severity", "GENERAL").param("amount", "100").param("facts", "店外经营"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"evidence-error\">处罚决定须有证据")));
		mvc.perform(multipart("/penalties/" + id + "/evidence").session(officer).with(csrf()).param("description", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"file-error\">请选择证据文件")))
			.andExpect(content().string(Matchers.containsString("id=\"description-error\">请填写证明内容")));
		byte[] photo = ("照片" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/penalties/" + id + "/evidence").file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", photo))
			.session(officer).with(csrf()).param("description", "店外摆放桌椅的照片"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/penalties/" + id));
		String page = mvc.perform(get("/penalties/" + id).session(officer))
			.andExpect(content().string(Matchers.containsString(PenaltyCases.sha256(photo))))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/penalties/evidence/\\d+)\"").matcher(page);
		assertThat(link.find()).isTrue();
		// a photo shows as a thumbnail that opens full size
		assertThat(page).containsPattern("<img[^>]*src=\"" + link.group(1) + "\"");
		mvc.perform(get(link.group(1)).session(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(photo));
		mvc.perform(get(link.group(1)).session(sessionOf(mvc, "liaison.fire_rescue"))).andExpect(status().isForbidden());

		mvc.perform(post("/penalties/" + id + "/proposal").session(officer).with(csrf())
			.param("severity", "GENERAL").param("amount", "250").param("facts", "店外经营"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"amount-error\">罚款金额须在“一般”档的裁量幅度 50–200 元之内")));
		mvc.perform(post("/penalties/" + id + "/proposal").session(officer).with(csrf())
			.param("severity", "GENERAL").param("amount", "150").param("facts", "逾期拒不改正店外经营，有照片为证"))
			.andExpect(status().is3xxRedirection());

		// the prior notice, and the party's written waiver: the decision need not wait for the period
		String now = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(post("/penalties/" + id + "/notice").session(officer).with(csrf()).param("noticeAt", now))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/penalties/" + id + "/waiver").session(officer).with(csrf()).param("waiverNote", "当事人书面声明放弃陈述申辩")
			.param("waivedAt", now)).andExpect(status().is3xxRedirection());
		MockHttpSession squad = sessionOf(mvc, "squad.dongfeng");
		mvc.perform(post("/penalties/" + id + "/decision").session(squad).with(csrf()).param("disclose", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("id=\"refusal\" class=\"alert alert-danger\" role=\"alert\">重大执法决定须经法制审核通过后方可作出")));
		MockHttpSession command = sessionOf(mvc, "command");
		mvc.perform(get("/penalties/" + id).session(command)).andExpect(content().string(Matchers.containsString("id=\"review-form\"")));
		mvc.perform(post("/penalties/" + id + "/review").session(command).with(csrf()).param("opinion", "同意"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"passed-error\">请选择审核结论")));
		mvc.perform(post("/penalties/" + id + "/review").session(command).with(csrf()).param("passed", "true")
			.param("opinion", "事实清楚，证据确凿，幅度适当")).andExpect(status().is3xxRedirection());

		// eighty-one days after filing the page warns that the 90-day limit is near
		clock.advance(Duration.ofDays(81));
		squad = sessionOf(mvc, "squad.dongfeng");
		mvc.perform(get("/penalties/" + id).session(squad))
			.andExpect(content().string(Matchers.containsString("id=\"decision-due-soon\"")));
		mvc.perform(get("/cases/" + number + "/measures").session(squad))
			.andExpect(content().string(Matchers.containsString("临近期限")));
		mvc.perform(post("/penalties/" + id + "/decision").session(squad).with(csrf()))
			.andExpect(status().is3xxRedirection());
		officer = sessionOf(mvc, "officer.yuantian1");
		mvc.perform(get("/penalties/" + id).session(officer))
			.andExpect(content().string(Matchers.containsString("data-stage=\"DECIDED\"")))
			.andExpect(content().string(Matchers.matchesRegex("(?s).*金城管东风罚决〔\\d{4}〕\\d+号.*")))
			.andExpect(content().string(Matchers.containsString("id=\"service-form\"")));

		// not served within seven working days: flagged
		clock.advance(Duration.ofDays(12));
		officer = sessionOf(mvc, "officer.yuantian1");
		mvc.perform(get("/penalties/" + id).session(officer))
			.andExpect(content().string(Matchers.containsString("id=\"service-overdue\"")));
		String servedAt = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(post("/penalties/" + id + "/service").session(officer).with(csrf())
			.param("method", "POSTAL").param("servedTo", "").param("servedAt", servedAt))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"servedTo-error\">请填写受送达人")));
		mvc.perform(post("/penalties/" + id + "/service").session(officer).with(csrf())
			.param("method", "POSTAL").param("servedTo", "李秀英").param("servedAt", servedAt))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/penalties/" + id).session(officer))
			.andExpect(content().string(Matchers.containsString("data-stage=\"SERVED\"")))
			.andExpect(content().string(Matchers.containsString("邮寄送达")));
		assertThat(measures.find(id).orElseThrow().documentNumber()).isNotNull();
		assertThat(measures.ofCase(new CaseNumber(number))).hasSize(1);
	}

	private long party(String token) throws Exception {
		String answer = mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"MERCHANT","name":"处罚页面测试%s","creditCode":"%s","address":"金水区园田路22号"}"""
				.formatted(UUID.randomUUID(), EducationFirstTests.creditCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private String report() throws Exception {
		return anonymous(mvc).report("0503", "店外经营（处罚页面测试）");
	}
}
