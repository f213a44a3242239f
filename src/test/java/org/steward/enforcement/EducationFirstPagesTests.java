package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.PageVisitor.sessionOf;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;

/**
 * The education-first done-when scenario through the pages, signed in by form login with CSRF:
 * a merchant's first storefront overflow ends with education and a correction order (no
 * penalty); the deadline passes; the re-inspection finds it corrected; the case closes; the same
 * merchant's second offence within twelve months is suggested the next rung.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class EducationFirstPagesTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Reinspections reinspections;

	@Autowired
	Measures measures;

	@Autowired
	Cases cases;

	@Test
	void firstOverflowIsEducatedCorrectedAndClosedAndTheRepeatIsSuggestedTheNextRungThroughThePages() throws Exception {
		MockHttpSession officer = sessionOf(mvc, "officer.yuantian1");
		MockHttpSession head = sessionOf(mvc, "station.yuantian");
		String name = "老李凉皮店（页面首违）" + UUID.randomUUID().toString().substring(0, 8);

		// the officer registers the merchant on the parties page
		String partyUrl = mvc.perform(post("/parties").session(officer).with(csrf())
			.param("type", "MERCHANT").param("name", name).param("creditCode", EducationFirstTests.creditCode())
			.param("address", "金水区园田路20号").param("lat", "34.7985").param("lng", "113.6830")
			.param("contactName", "李秀英").param("contactPhone", "13912345678").param("licenceStatus", "LICENSED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/parties/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long party = Long.parseLong(partyUrl.substring(partyUrl.lastIndexOf('/') + 1));

		String first = report("凉皮店门前摆放桌椅，店外经营（页面首违）");
		casePage(officer, first, "acknowledge");
		mvc.perform(post("/cases/" + first + "/actions/arrive").session(officer).with(csrf())
			.param("lat", "34.7985").param("lng", "113.6830")).andExpect(status().is3xxRedirection());

		// from the case page to its measures page; the party is found in the registry by name
		mvc.perform(get("/cases/" + first).session(officer))
			.andExpect(content().string(Matchers.containsString("/cases/" + first + "/measures")));
		mvc.perform(get("/cases/" + first + "/measures").session(officer).param("q", name.substring(0, 5)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"pick-party-" + party + "\"")));
		mvc.perform(get("/cases/" + first + "/measures").session(officer).param("q", name.substring(0, 5))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"pick-party-" + party + "\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<nav"))));
		mvc.perform(get("/cases/" + first + "/measures").session(officer).param("partyId", "" + party))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-type=\"EDUCATION\"")))
			.andExpect(content().string(Matchers.containsString("首违不罚")))
			.andExpect(content().string(Matchers.containsString("并责令改正")));
		mvc.perform(get("/cases/" + first + "/measures").session(officer).param("partyId", "" + party).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Suggested step")))
			.andExpect(content().string(Matchers.containsString("First minor violation of a category on the exemption list")));
		mvc.perform(get("/cases/" + first + "/measures").session(officer).param("lang", "zh_CN")).andExpect(status().isOk());

		mvc.perform(measure(officer, first, party, "EDUCATION").param("notes", "宣讲门前三包责任")
			.param("officers", "officer.yuantian1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("recorded", "EDUCATION"));

		// a correction order without its deadline is refused inline, and nothing is kept
		mvc.perform(measure(officer, first, party, "RECTIFICATION_ORDER").param("officers", "officer.yuantian1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"deadline-error\">责令改正须填写改正期限")));
		mvc.perform(measure(officer, first, party, "RECTIFICATION_ORDER").param("officers", "officer.yuantian1")
			.param("deadline", "next friday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"deadline-error\">改正期限格式不正确")));
		assertThat(measuresOf(first)).hasSize(1);

		String deadline = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(3)), ZONE)
			.truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(measure(officer, first, party, "RECTIFICATION_ORDER")
			.param("officers", "officer.yuantian1", "officer.yuantian2")
			.param("notes", "限三日内将桌椅收回店内").param("deadline", deadline))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("recordedDocument", Matchers.matchesPattern("金城管东风责改〔\\d{4}〕\\d+号")));
		String measuresPage = mvc.perform(get("/cases/" + first + "/measures").session(officer).param("partyId", "" + party))
			.andExpect(content().string(Matchers.containsString("待复查")))
			.andReturn().getResponse().getContentAsString();
		Matcher document = Pattern.compile("href=\"(/enforcement/documents/\\d+)\"").matcher(measuresPage);
		assertThat(document.find()).isTrue();
		mvc.perform(get(document.group(1)).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("责令改正通知书")));
		assertThat(measuresPage).doesNotContain("立案处罚</td>");

		// the case cannot be handled while the order awaits its re-inspection
		mvc.perform(post("/cases/" + first + "/actions/handle").session(officer).with(csrf())
			.param("result", "已教育")).andExpect(status().isConflict());

		clock.advance(Duration.ofDays(4));
		reinspections.raiseDueTasks();
		String queue = mvc.perform(get("/reinspections").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(first)))
			.andReturn().getResponse().getContentAsString();
		// the row of this case: other tests of the shared database leave re-inspections in the queue too
		Matcher task = Pattern.compile("id=\"reinspection-(\\d+)\"(?:(?!id=\"reinspection-)[\\s\\S])*?" + Pattern.quote(first))
			.matcher(queue);
		assertThat(task.find()).isTrue();
		String taskId = task.group(1);
		mvc.perform(get("/reinspections").session(head)) // the station head sees the station's open tasks too
			.andExpect(content().string(Matchers.containsString("id=\"reinspection-" + taskId + "\"")));
		mvc.perform(get("/reinspections").session(sessionOf(mvc, "officer.yuantian2")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"reinspection-" + taskId + "\""))));
		mvc.perform(post("/reinspections/" + taskId).session(officer).with(csrf()).param("notes", "复查"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"corrected-error\">请选择复查结果")));
		mvc.perform(post("/reinspections/" + taskId).session(sessionOf(mvc, "officer.yuantian2")).with(csrf()).param("corrected", "true"))
			.andExpect(status().isForbidden()); // the task is the first officer's
		mvc.perform(post("/reinspections/" + taskId).session(officer).with(csrf())
			.param("corrected", "true").param("notes", "复查：桌椅已收回店内"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reinspections"));
		mvc.perform(get("/reinspections").session(officer))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"reinspection-" + taskId + "\""))));

		mvc.perform(post("/cases/" + first + "/actions/handle").session(officer).with(csrf())
			.param("result", "教育并责令改正，复查已改正，不予处罚")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/cases/" + first + "/actions/verify").session(head).with(csrf()).param("passed", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(cases.summary(new CaseNumber(first)).orElseThrow().status().name()).isEqualTo("CLOSED");
		assertThat(measuresOf(first)).extracting("type").map(Object::toString)
			.containsExactly("EDUCATION", "RECTIFICATION_ORDER");

		// the second offence within twelve months: the next rung, and a lighter step needs a reason
		String second = report("凉皮店门前又摆桌椅（页面再犯）");
		mvc.perform(get("/cases/" + second + "/measures").session(officer).param("partyId", "" + party))
			.andExpect(content().string(Matchers.containsString("data-type=\"WARNING\"")))
			.andExpect(content().string(Matchers.containsString("12个月内再次违法")));
		mvc.perform(measure(officer, second, party, "EDUCATION").param("officers", "officer.yuantian1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"reason-error\">建议措施为警告；选择宣传教育须说明理由")));
		assertThat(measuresOf(second)).isEmpty();
		mvc.perform(measure(officer, second, party, "EDUCATION").param("officers", "officer.yuantian1")
			.param("reason", "店主当场收回并致歉"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/cases/" + second + "/measures").session(officer))
			.andExpect(content().string(Matchers.containsString("店主当场收回并致歉")));
	}

	private MockHttpServletRequestBuilder measure(MockHttpSession session, String number, long party, String type) {
		return post("/cases/" + number + "/measures").session(session).with(csrf())
			.param("partyId", "" + party).param("type", type);
	}

	private void casePage(MockHttpSession session, String number, String action) throws Exception {
		mvc.perform(post("/cases/" + number + "/actions/" + action).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private String report(String description) throws Exception {
		return anonymous(mvc).report("0503", description);
	}

	private java.util.List<MeasureView> measuresOf(String number) {
		return measures.ofCase(new CaseNumber(number));
	}
}
