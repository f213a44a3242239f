package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.MutableClock;

import com.jayway.jsonpath.JsonPath;

/**
 * An API client downloads the PDF an API answer links to ({@code pdfUrl}, a penalty case's
 * {@code documentPdfs}) with its bearer token, not the login page; a token outside the case's scope
 * is refused, and nothing but a document PDF goes through the API's door.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class DocumentPdfApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void aBearerTokenThatMaySeeTheCaseDownloadsTheDocumentPdfs() throws Exception {
		String token = tokenOf(mvc, "officer.yuantian1");
		String party = mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"MERCHANT","name":"文书下载测试%s","creditCode":"%s","address":"金水区园田路9号"}"""
				.formatted(UUID.randomUUID(), EducationFirstTests.creditCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long partyId = ((Number) JsonPath.read(party, "$.id")).longValue();
		String number = anonymous(mvc).report("0503", "店外经营（文书下载测试）");
		String order = mvc.perform(post("/api/v1/cases/" + number + "/measures").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"RECTIFICATION_ORDER","partyId":%d,"officers":["officer.yuantian1","officer.yuantian2"],
					 "deadline":"%s","reason":"测试"}""".formatted(partyId, clock.instant().plus(Duration.ofDays(2)))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String pdfUrl = JsonPath.read(order, "$.pdfUrl");

		byte[] pdf = mvc.perform(get(pdfUrl).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		PdfLines.of(pdf).shows("责令改正通知书", "李强（执法证号 41010500101）").noLineStartsWithClosingPunctuation();
		// a liaison of another department does not see the case; a bad token is not let in
		mvc.perform(get(pdfUrl).header("Authorization", "Bearer " + tokenOf(mvc, "liaison.fire_rescue")))
			.andExpect(status().isForbidden());
		mvc.perform(get(pdfUrl).header("Authorization", "Bearer not-a-token")).andExpect(status().isUnauthorized());
		// pages stay on the session door: a bearer token does not open the print page
		mvc.perform(get(pdfUrl.replace(".pdf", "")).header("Authorization", "Bearer " + token))
			.andExpect(status().is3xxRedirection());

		// a penalty case's documents, as its API answer lists them
		String penalty = mvc.perform(post("/api/v1/cases/" + anonymous(mvc).report("0503", "店外经营（处罚文书下载）")
				+ "/measures").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"PENALTY_CASE","partyId":%d,"officers":["officer.yuantian1","officer.yuantian2"],"reason":"测试"}"""
				.formatted(partyId)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(penalty, "$.id")).longValue();
		String view = mvc.perform(get("/api/v1/penalties/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> pdfs = JsonPath.read(view, "$.documentPdfs");
		assertThat(pdfs).containsExactly("/penalties/" + id + "/documents/filing.pdf");
		byte[] filing = mvc.perform(get(pdfs.get(0)).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		PdfLines.of(filing).shows("立案审批表", "王芳（执法证号 41010500102）").noLineStartsWithClosingPunctuation();
	}
}
