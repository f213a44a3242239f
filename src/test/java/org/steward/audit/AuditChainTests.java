package org.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/**
 * The whole-process record: case actions arrive in the chain with who and where, the chain
 * verifies, and a row edited with plain SQL behind the platform's back is named as broken.
 */
@IntegrationTest
class AuditChainTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditChain chain;

	@Test
	void recordsCaseActionsAndDetectsARowEditedBehindThePlatformsBack() throws Exception {
		String number = anonymous(mvc).report("0503", "店外经营（审计链测试）");
		String officer = tokenOf(mvc, "officer.yuantian1");
		mvc.perform(post("/api/v1/cases/" + number + "/acknowledge").header("Authorization", "Bearer " + officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk());

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				jdbc.sql("select actor from audit_entry where subject = ? and action = 'CASE_ACKNOWLEDGE'")
					.param("case:" + number)
					.query(String.class)
					.list()).as("the display name the event carries").containsExactly("园田队员 李强"));

		String command = tokenOf(mvc, "command");
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + command))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + officer))
			.andExpect(status().isForbidden());

		long seq = jdbc.sql("select seq from audit_entry where subject = ? and action = 'CASE_ACKNOWLEDGE'")
			.param("case:" + number)
			.query(Long.class)
			.single();
		String original = jdbc.sql("select actor from audit_entry where seq = ?").param(seq).query(String.class).single();
		jdbc.sql("update audit_entry set actor = 'someone.else' where seq = ?").param(seq).update();
		try {
			mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + command))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(seq));
		}
		finally {
			// other tests share this database; put the row back so the chain verifies again
			jdbc.sql("update audit_entry set actor = ? where seq = ?").params(original, seq).update();
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void chainsEachEntryToThePreviousOne() {
		long first = chain.append(new AuditChain.Content(java.time.Instant.parse("2026-11-26T08:00:00.123456Z"), "tester",
				"case:test", "TEST", null, "一", List.of("abc")));
		long second = chain.append(new AuditChain.Content(java.time.Instant.parse("2026-11-26T08:00:01Z"), "tester",
				"case:test", "TEST", "34.8,113.68", "二", List.of()));
		assertThat(second).isGreaterThan(first);
		String prev = jdbc.sql("select prev_hash from audit_entry where seq = ?").param(second).query(String.class).single();
		// other tests' events may land in between, so compare with whatever entry came just before
		String hashOfFirst = jdbc.sql("select entry_hash from audit_entry where seq = ?").param(second - 1).query(String.class).single();
		assertThat(prev).isEqualTo(hashOfFirst);
		assertThat(chain.verify().intact()).isTrue();
	}
}
