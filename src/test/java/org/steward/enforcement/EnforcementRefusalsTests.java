package org.steward.enforcement;

import static org.steward.PageVisitor.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.identity.Role;
import org.steward.parties.TestCreditCodes;

import com.jayway.jsonpath.JsonPath;

/**
 * Each kind of enforcement refusal (not found, forbidden, invalid, conflict) read by a Chinese and an
 * English reader, on a penalty case just filed: through the API ({@code Accept-Language}) and on the
 * penalty page ({@code ?lang=en}), the field-level message next to its field. The expected words come
 * from the bundles by code, so the test checks that the reader gets the code's text in their language,
 * whatever the wording is.
 */
@IntegrationTest
class EnforcementRefusalsTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Locale EN = Locale.ENGLISH;

	private static final long UNKNOWN = 987654321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	private static RequestPostProcessor as(String username, Role role) {
		return jwt().jwt(j -> j.subject(username)).authorities(new SimpleGrantedAuthority(role.authority()));
	}

	private static final RequestPostProcessor OFFICER = as("officer.yuantian1", Role.OFFICER);

	private static final RequestPostProcessor SQUAD = as("squad.dongfeng", Role.SQUAD_LEADER);

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	private String json(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body, int status)
			throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A penalty case just filed on a new case and a new merchant: no evidence, no proposal yet. */
	private long filedPenalty() throws Exception {
		String number = JsonPath.read(json(post("/api/v1/reports"), r -> r, """
				{"categoryCode":"0503","description":"店外经营（拒绝测试）",
				 "location":{"lat":34.7985,"lng":113.6830,"crs":"WGS84"}}""", 201), "$.caseNumber");
		long party = ((Number) JsonPath.read(json(post("/api/v1/parties"), OFFICER, """
				{"type":"MERCHANT","name":"拒绝测试商户%s","creditCode":"%s","address":"金水区园田路18号"}"""
			.formatted(UUID.randomUUID(), TestCreditCodes.creditCode()), 201), "$.id")).longValue();
		long id = ((Number) JsonPath.read(json(post("/api/v1/cases/{n}/measures", number), OFFICER, """
				{"type":"PENALTY_CASE","partyId":%d,"officers":["officer.yuantian1","officer.yuantian2"],
				 "reason":"拒绝测试"}""".formatted(party), 201), "$.id")).longValue();
		json(post("/api/v1/penalties/{id}/filing", id), SQUAD, "{}", 200); // 立案审批
		return id;
	}

	// ------------------------------------------------------------------ API

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Locale locale) {
		return request.header("Accept-Language", locale.toLanguageTag()).contentType(MediaType.APPLICATION_JSON);
	}

	@Test
	void theApiSaysEachKindOfNoInTheCallersLanguage() throws Exception {
		long penalty = filedPenalty();
		for (Locale locale : List.of(ZH, EN)) {
			mvc.perform(api(get("/api/v1/penalties/{id}", UNKNOWN), locale).with(OFFICER))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:enforcement.refused.penalty.notFound"))
				.andExpect(jsonPath("$.detail").value(text("enforcement.refused.penalty.notFound", locale, "" + UNKNOWN)));
			mvc.perform(api(post("/api/v1/penalties/{id}/decision", penalty), locale).content("{}").with(OFFICER))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:enforcement.refused.penalty.deciderRole"))
				.andExpect(jsonPath("$.detail").value(text("enforcement.refused.penalty.deciderRole", locale)));
			mvc.perform(api(post("/api/v1/penalties/{id}/proposal", penalty), locale)
				.content("{\"severity\":\"GENERAL\",\"amount\":\"100\",\"facts\":\"逾期未改正\"}")
				.with(OFFICER))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:validation"))
				.andExpect(jsonPath("$.errors[0].field").value("evidence"))
				.andExpect(jsonPath("$.errors[0].code").value("enforcement.refused.penalty.evidence.none"))
				.andExpect(jsonPath("$.errors[0].message").value(text("enforcement.refused.penalty.evidence.none", locale)));
			mvc.perform(api(post("/api/v1/penalties/{id}/decision", penalty), locale).content("{}").with(SQUAD))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("urn:steward:problem:enforcement.refused.penalty.noProposal"))
				.andExpect(jsonPath("$.detail").value(text("enforcement.refused.penalty.noProposal", locale)));
		}
		// the two readers do get different words
		assertThat(text("enforcement.refused.penalty.evidence.none", ZH))
			.isNotEqualTo(text("enforcement.refused.penalty.evidence.none", EN));
	}

	// ------------------------------------------------------------------ penalty page

	private static final RequestPostProcessor OFFICER_PAGE = user("officer.yuantian1").roles("OFFICER");

	private static final RequestPostProcessor SQUAD_PAGE = user("squad.dongfeng").roles("SQUAD_LEADER");

	private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, Locale locale) {
		return locale == EN ? request.param("lang", "en") : request;
	}

	private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void thePenaltyPageSaysEachKindOfNoInTheReadersLanguage() throws Exception {
		long penalty = filedPenalty();
		for (Locale locale : List.of(ZH, EN)) {
			assertThat(body(page(get("/penalties/{id}", UNKNOWN), locale).with(OFFICER_PAGE), 404))
				.contains(html(text("enforcement.refused.penalty.notFound", locale, "" + UNKNOWN)));

			assertThat(body(page(post("/penalties/{id}/decision", penalty), locale).with(OFFICER_PAGE).with(csrf()), 403))
				.containsPattern("id=\"refusal\"[^>]*>"
						+ java.util.regex.Pattern.quote(html(text("enforcement.refused.penalty.deciderRole", locale))));

			String invalid = body(page(post("/penalties/{id}/proposal", penalty), locale).with(OFFICER_PAGE).with(csrf())
				.param("severity", "GENERAL").param("amount", "100").param("facts", "逾期未改正（已填写）"), 400);
			assertThat(invalid).containsPattern("id=\"evidence-error\"[^>]*>"
					+ java.util.regex.Pattern.quote(html(text("enforcement.refused.penalty.evidence.none", locale))));
			assertThat(invalid).as("what was typed is kept").contains("逾期未改正（已填写）");

			assertThat(body(page(post("/penalties/{id}/decision", penalty), locale).with(SQUAD_PAGE).with(csrf()), 409))
				.containsPattern("id=\"refusal\"[^>]*>"
						+ java.util.regex.Pattern.quote(html(text("enforcement.refused.penalty.noProposal", locale))));
		}
	}
}
