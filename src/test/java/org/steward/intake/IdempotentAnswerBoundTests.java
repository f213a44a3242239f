package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * The answer stored for an {@code Idempotency-Key} is bounded: a busy spot with more open cases of the
 * category nearby than the receipt lists (the nearest {@value ReportReceipt#MAX_DUPLICATES}) still
 * answers 201 and replays the same answer, however many duplicates lie within 50 m.
 */
@IntegrationTest
class IdempotentAnswerBoundTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static String body(String description) {
		return """
				{"categoryCode":"0503","description":"%s","location":{"lat":34.79853,"lng":113.68302,"crs":"WGS84"}}"""
			.formatted(description);
	}

	@Test
	void aReportAmongManyDuplicatesListsTheNearestAndItsStoredAnswerFits() throws Exception {
		for (int i = 0; i < ReportReceipt.MAX_DUPLICATES + 3; i++) {
			mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
				.content(body("同一家店外经营（幂等上限测试 " + i + "）"))).andExpect(status().isCreated());
		}
		String key = "bound-" + UUID.randomUUID();
		String first = mvc.perform(post("/api/v1/reports").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("同一家店外经营（带幂等键）")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		List<Object> duplicates = JsonPath.read(first, "$.duplicates");
		assertThat(duplicates).hasSize(ReportReceipt.MAX_DUPLICATES);
		mvc.perform(post("/api/v1/reports").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("同一家店外经营（带幂等键）")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.duplicates.length()").value(ReportReceipt.MAX_DUPLICATES));
		int stored = jdbc.sql("select length(response_body) from intake_idempotency where idempotency_key = ?")
			.param(key).query(Integer.class).single();
		// ten duplicates take a fraction of the column: 58 of them overflowed its 8,000 characters before
		assertThat(stored).isLessThan(4000);
	}
}
