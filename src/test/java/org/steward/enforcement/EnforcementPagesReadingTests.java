package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;
import static org.steward.PageVisitor.sessionOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import com.jayway.jsonpath.JsonPath;

/**
 * What a reader sees on the enforcement pages: every page in Chinese and in English with no raw
 * message key, officers named with their certificate numbers on the pages and in the legal
 * documents, the correction-order blocker on the case page in the reader's language and the
 * district's local time, the forms refused to community staff, and evidence photos opening inline.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class EnforcementPagesReadingTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String LI_QIANG = "李强（执法证号 41010500101）";

	private static final String WANG_FANG = "王芳（执法证号 41010500102）";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Measures measures;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyEnforcementPageReadsWithoutRawKeysAndNamesOfficersByNameAndCertificate() throws Exception {
		MockHttpSession officer = sessionOf(mvc, "officer.yuantian1");
		String token = tokenOf(mvc, "officer.yuantian1");
		long party = party(token);
		String number = report("店外经营（页面阅读测试）");
		Instant due = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
		mvc.perform(post("/cases/" + number + "/measures").session(officer).with(csrf()).param("partyId", "" + party)
			.param("type", "RECTIFICATION_ORDER").param("officers", "officer.yuantian1", "officer.yuantian2")
			.param("notes", "限期收回桌椅").param("deadline", LocalDateTime.ofInstant(due, ZONE).toString()))
			.andExpect(status().is3xxRedirection());
		long penalty = penaltyCase(token, number, party);

		String started = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(30)), ZONE)
			.truncatedTo(ChronoUnit.MINUTES).toString();
		String inquiry = mvc.perform(post("/cases/" + number + "/records").session(officer).with(csrf())
			.param("kind", "INQUIRY").param("partyId", "" + party).param("startedAt", started).param("place", "园田社区执法服务站")
			.param("officers", "officer.yuantian1", "officer.yuantian2").param("partyPresent", "true")
			.param("presentPerson", "李秀英").param("question", "桌椅是谁摆放的？").param("answer", "是我摆的。"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();

		// the inquiry record's recorder, in the page and in the PDF, by name and certificate number
		assertThat(main(page(officer, inquiry, "zh_CN"))).contains("记录人：李强（执法证号：41010500101）")
			.doesNotContain("officer.yuantian");
		String pdfText = pdfText(mvc.perform(get(inquiry + ".pdf").session(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(pdfText).contains("记录人：李强（执法证号：41010500101）").doesNotContain("officer.yuantian");

		// the penalty page's officers and legal reviewer by name
		mvc.perform(multipart("/penalties/" + penalty + "/evidence")
			.file(new MockMultipartFile("file", "现场.jpg", "image/jpeg", ("照片" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)))
			.session(officer).with(csrf()).param("description", "店外摆放桌椅的照片"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/penalties/" + penalty + "/proposal").session(officer).with(csrf())
			.param("severity", "GENERAL").param("amount", "150").param("facts", "逾期拒不改正店外经营"))
			.andExpect(status().is3xxRedirection());
		MockHttpSession command = sessionOf(mvc, "command");
		mvc.perform(post("/penalties/" + penalty + "/review").session(command).with(csrf()).param("passed", "true")
			.param("opinion", "事实清楚")).andExpect(status().is3xxRedirection());
		String penaltyPage = main(page(officer, "/penalties/" + penalty, "zh_CN"));
		assertThat(penaltyPage).contains("承办人员：" + LI_QIANG + "、" + WANG_FANG)
			.contains("指挥中心值班长 赵磊：事实清楚")
			.doesNotContain("officer.yuantian")
			.doesNotContain("· command");
		String measuresPage = page(officer, "/cases/" + number + "/measures?partyId=" + party, "zh_CN");
		assertThat(main(measuresPage)).contains(LI_QIANG + "、" + WANG_FANG).doesNotContain(">officer.yuantian");
		assertThat(page(officer, "/cases/" + number + "/measures?partyId=" + party, "en"))
			.contains("李强 (certificate 41010500101), 王芳 (certificate 41010500102)");

		Matcher document = Pattern.compile("href=\"(/enforcement/documents/\\d+)\"").matcher(measuresPage);
		assertThat(document.find()).isTrue();
		List<String> officerPages = List.of("/cases/" + number + "/measures", "/cases/" + number + "/measures?partyId=" + party,
				"/cases/" + number + "/records/new?kind=INSPECTION&partyId=" + party,
				"/cases/" + number + "/records/new?kind=INQUIRY&partyId=" + party, inquiry, document.group(1),
				"/penalties/" + penalty, "/reinspections", "/parties", "/parties/new", "/parties/" + party, "/disclosure");
		for (String lang : List.of("zh_CN", "en")) {
			for (String path : officerPages) {
				assertThat(page(officer, path, lang)).as(path + " in " + lang).doesNotContain("??");
			}
			MockHttpSession admin = sessionOf(mvc, "admin");
			for (String path : List.of("/admin/enforcement/exemptions", "/admin/enforcement/benchmarks")) {
				assertThat(page(admin, path, lang)).as(path + " in " + lang).doesNotContain("??");
			}
		}
		assertThat(page(officer, "/cases/" + number + "/records/new?kind=INQUIRY&partyId=" + party, "zh_CN"))
			.contains("制作询问笔录").contains("被询问人姓名");
		assertThat(page(officer, "/cases/" + number + "/records/new?kind=INSPECTION&partyId=" + party, "en"))
			.contains("Make an on-site inspection record").doesNotContain("??");
	}

	@Test
	void theCasePageNamesTheAwaitedReinspectionInTheReadersLanguageAndLocalTime() throws Exception {
		MockHttpSession officer = sessionOf(mvc, "officer.yuantian1");
		String token = tokenOf(mvc, "officer.yuantian1");
		long party = party(token);
		String number = report("店外经营（复查阻断测试）");
		mvc.perform(post("/cases/" + number + "/actions/acknowledge").session(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/cases/" + number + "/actions/arrive").session(officer).with(csrf())
			.param("lat", "34.7985").param("lng", "113.6830")).andExpect(status().is3xxRedirection());
		Instant due = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
		mvc.perform(post("/cases/" + number + "/measures").session(officer).with(csrf()).param("partyId", "" + party)
			.param("type", "RECTIFICATION_ORDER").param("officers", "officer.yuantian1", "officer.yuantian2")
			.param("deadline", LocalDateTime.ofInstant(due, ZONE).toString()))
			.andExpect(status().is3xxRedirection());
		String order = measures.ofCase(new CaseNumber(number)).get(0).documentNumber();

		String zh = page(officer, "/cases/" + number, "zh_CN");
		assertThat(zh).contains(order + "尚待复查（改正期限 "
				+ DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE).withZone(ZONE).format(due) + "）")
			.doesNotContain("awaits its re-inspection")
			.doesNotContain(due.toString());
		String en = page(officer, "/cases/" + number, "en");
		assertThat(en).contains(order + " awaits its re-inspection (correction deadline "
				+ DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZONE).format(due) + ")")
			.doesNotContain(due.toString());
	}

	@Test
	void communityStaffAreNeitherOfferedNorAllowedTheOfficersForms() throws Exception {
		String token = tokenOf(mvc, "officer.yuantian1");
		long party = party(token);
		String number = report("店外经营（社区角色测试）");
		MockHttpSession community = sessionOf(mvc, "community.yuantian");
		long before = recordsOn(number);

		for (String lang : List.of("zh_CN", "en")) {
			String measuresPage = mvc.perform(get("/cases/" + number + "/measures").session(community)
				.param("partyId", "" + party).param("lang", lang))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(measuresPage).doesNotContain("id=\"new-inspection\"").doesNotContain("id=\"new-inquiry\"")
				.doesNotContain("id=\"register-party\"").doesNotContain("name=\"officers\"").doesNotContain("??");
		}
		assertThat(mvc.perform(get("/cases/" + number + "/records/new").session(community).param("partyId", "" + party))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
			.contains("id=\"error-detail\"").contains("您的账号不能制作笔录");
		String started = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(30)), ZONE)
			.truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(post("/cases/" + number + "/records").session(community).with(csrf())
			.param("kind", "INSPECTION").param("partyId", "" + party).param("startedAt", started).param("place", "门前")
			.param("officers", "officer.yuantian1", "officer.yuantian2").param("findings", "桌椅"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"error-detail\"")));
		mvc.perform(post("/cases/" + number + "/measures").session(community).with(csrf()).param("partyId", "" + party)
			.param("type", "EDUCATION").param("officers", "officer.yuantian1").param("lang", "en"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("your account may view this case")));
		assertThat(recordsOn(number)).isEqualTo(before);
		assertThat(measures.ofCase(new CaseNumber(number))).isEmpty();

		String name = "社区登记测试" + UUID.randomUUID();
		mvc.perform(get("/parties/new").session(community)).andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("您的账号不能登记单位")));
		mvc.perform(post("/parties").session(community).with(csrf()).param("type", "MERCHANT").param("name", name)
			.param("address", "金水区园田路1号")).andExpect(status().isForbidden());
		assertThat(page(sessionOf(mvc, "officer.yuantian1"), "/parties", "zh_CN")).doesNotContain(name).contains("id=\"party-new\"");
		mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + tokenOf(mvc, "community.yuantian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"MERCHANT\",\"name\":\"" + name + "\",\"address\":\"金水区园田路1号\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void evidencePhotosOpenInlineAndOtherFilesDownloadWithSafeTypes() throws Exception {
		MockHttpSession officer = sessionOf(mvc, "officer.yuantian1");
		String token = tokenOf(mvc, "officer.yuantian1");
		long party = party(token);
		long penalty = penaltyCase(token, report("店外经营（证据查看测试）"), party);
		byte[] png = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, UUID.randomUUID().toString());
		byte[] pdf = concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), UUID.randomUUID().toString());
		byte[] html = ("<html><script>alert(1)</script>" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		List<String> links = new ArrayList<>();
		for (MockMultipartFile file : List.of(new MockMultipartFile("file", "门前.png", "image/png", png),
				new MockMultipartFile("file", "询问.pdf", "application/pdf", pdf),
				new MockMultipartFile("file", "photo.png", "image/png", html))) {
			mvc.perform(multipart("/penalties/" + penalty + "/evidence").file(file).session(officer).with(csrf())
				.param("description", "证据")).andExpect(status().is3xxRedirection());
		}
		Matcher link = Pattern.compile("href=\"(/penalties/evidence/\\d+)\"").matcher(page(officer, "/penalties/" + penalty, "zh_CN"));
		while (link.find()) {
			links.add(link.group(1));
		}
		assertThat(links).hasSize(3);
		mvc.perform(get(links.get(0)).session(officer)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(png));
		mvc.perform(get(links.get(1)).session(officer)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
		// a page declared as a photo is not one: it downloads as bytes, never renders in the origin
		mvc.perform(get(links.get(2)).session(officer)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("sandbox")));
	}

	private long penaltyCase(String token, String number, long party) throws Exception {
		String filed = mvc.perform(post("/api/v1/cases/" + number + "/measures").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"PENALTY_CASE","partyId":%d,"officers":["officer.yuantian1","officer.yuantian2"],"major":true,
					 "reason":"多次劝导无效"}""".formatted(party)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(filed, "$.id")).longValue();
		// the squad leader approves the filing (立案审批): the investigation may then propose
		mvc.perform(post("/api/v1/penalties/" + id + "/filing").header("Authorization", "Bearer " + tokenOf(mvc, "squad.dongfeng")))
			.andExpect(status().isOk());
		return id;
	}

	private String page(MockHttpSession session, String path, String lang) throws Exception {
		return mvc.perform(get(path).session(session).param("lang", lang))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** The page without the navbar (which names the signed-in account, and is not this module's). */
	private static String main(String html) {
		return html.substring(html.indexOf("<main"));
	}

	private static String pdfText(byte[] pdf) throws Exception {
		com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
		com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page));
		}
		return text.toString().replaceAll("\\s", "");
	}

	private static byte[] concat(byte[] head, String tail) {
		byte[] rest = tail.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + rest.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(rest, 0, all, head.length, rest.length);
		return all;
	}

	private long party(String token) throws Exception {
		String answer = mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"MERCHANT","name":"阅读测试%s","creditCode":"%s","address":"金水区园田路24号"}"""
				.formatted(UUID.randomUUID(), EducationFirstTests.creditCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private String report(String description) throws Exception {
		return anonymous(mvc).report("0503", description);
	}

	private long recordsOn(String caseNumber) {
		return jdbc.sql("select count(*) from enforcement_record where case_number = ?").param(caseNumber).query(Long.class).single();
	}
}
