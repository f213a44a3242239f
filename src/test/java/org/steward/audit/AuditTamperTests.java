package org.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.IntegrationTest;

/**
 * Someone with write access to the database but not the record's key tampers with the whole-process
 * record in the four ways that matter — edits an entry, deletes one, truncates the tail together with
 * the head, and edits an entry and recomputes the plain hashes of the chain after it — and verification
 * finds each (the last two by the signed checkpoint outside the database). Each tampering is undone
 * afterwards, since other tests share the database. Runs on H2 and (integration tag) PostgreSQL.
 */
@IntegrationTest
class AuditTamperTests {

	@Autowired
	AuditChain chain;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	/** Appends three entries of this test and checkpoints the head; answers their numbers. */
	private List<Long> threeEntriesCheckpointed() {
		String subject = "tamper:" + UUID.randomUUID();
		List<Long> seqs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			int n = i;
			seqs.add(transactions.execute(tx -> chain.append(new AuditChain.Content(Instant.now(), "审计测试",
					subject, "TAMPER_TEST", "园田", "第 " + n + " 步", List.of()))));
		}
		checkpoints.write();
		assertThat(chain.verify().intact()).isTrue();
		return seqs;
	}

	private Map<String, Object> row(long seq) {
		return jdbc.sql("select * from audit_entry where seq = ?").param(seq).query().singleRow();
	}

	private void restore(Map<String, Object> row) {
		jdbc.sql("delete from audit_entry where seq = ?").param(row.get("seq")).update();
		jdbc.sql("""
				insert into audit_entry (seq, recorded_at, actor, subject, action, place, details, evidence_hashes,
				  prev_hash, entry_hash, hash_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.get("seq"), row.get("recorded_at"), row.get("actor"), row.get("subject"), row.get("action"),
					row.get("place"), row.get("details"), row.get("evidence_hashes"), row.get("prev_hash"),
					row.get("entry_hash"), row.get("hash_version"))
			.update();
	}

	private static Instant instant(Object value) {
		return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant()
				: Instant.parse(value.toString());
	}

	@Test
	void anEditedEntryIsNamed() {
		long seq = threeEntriesCheckpointed().get(1);
		Map<String, Object> original = row(seq);
		jdbc.sql("update audit_entry set details = '第 1 步（已改）' where seq = ?").param(seq).update();
		try {
			AuditChain.Verification verification = chain.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			restore(original);
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void aDeletedEntryIsNamed() {
		long seq = threeEntriesCheckpointed().get(1);
		Map<String, Object> original = row(seq);
		jdbc.sql("delete from audit_entry where seq = ?").param(seq).update();
		try {
			AuditChain.Verification verification = chain.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			restore(original);
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void aTailTruncatedTogetherWithItsHeadIsFoundByTheCheckpoint() {
		List<Long> seqs = threeEntriesCheckpointed();
		long last = seqs.get(2);
		assertThat(jdbc.sql("select max(seq) from audit_entry").query(Long.class).single()).isEqualTo(last);
		Map<String, Object> removed = row(last);
		Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1").query().singleRow();
		jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
		jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
			.params(last - 1, row(last - 1).get("entry_hash"))
			.update();
		try {
			AuditChain.Verification verification = chain.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(last);
			assertThat(verification.problem()).contains("truncated");
		}
		finally {
			restore(removed);
			jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
				.params(head.get("last_seq"), head.get("last_hash"))
				.update();
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void anEditWithTheChainRecomputedWithoutTheKeyIsFound() {
		List<Long> seqs = threeEntriesCheckpointed();
		List<Map<String, Object>> originals = new ArrayList<>();
		long from = seqs.get(0);
		long to = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
		for (long s = from; s <= to; s++) {
			originals.add(row(s));
		}
		Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1").query().singleRow();
		// the forger edits the first entry and recomputes every hash after it as plain SHA-256 (the key is not theirs)
		jdbc.sql("update audit_entry set details = '第 0 步（伪造）' where seq = ?").param(from).update();
		String previous = (String) row(from).get("prev_hash");
		for (long s = from; s <= to; s++) {
			Map<String, Object> r = row(s);
			AuditChain.Content content = new AuditChain.Content(instant(r.get("recorded_at")),
					(String) r.get("actor"), (String) r.get("subject"), (String) r.get("action"), (String) r.get("place"),
					(String) r.get("details"), r.get("evidence_hashes").toString().isEmpty() ? List.of()
							: List.of(r.get("evidence_hashes").toString().split(",")));
			String forged = AuditChain.hash(previous, content.canonical(s));
			jdbc.sql("update audit_entry set prev_hash = ?, entry_hash = ?, hash_version = 1 where seq = ?")
				.params(previous, forged, s)
				.update();
			previous = forged;
		}
		jdbc.sql("update audit_chain_head set last_hash = ? where id = 1").param(previous).update();
		try {
			AuditChain.Verification verification = chain.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(to);
			assertThat(verification.problem()).contains("rewritten");
		}
		finally {
			originals.forEach(this::restore);
			jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
				.params(head.get("last_seq"), head.get("last_hash"))
				.update();
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void theCommandCentresRecordPageShowsTheCheckpointAndVerifiesOnRequest() throws Exception {
		threeEntriesCheckpointed();
		mvc.perform(get("/audit").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"audit-verify\"")))
			.andExpect(content().string(Matchers.containsString("id=\"audit-checkpoint\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("尚无校验点"))));
		mvc.perform(get("/audit/verify").with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"audit-intact\"")));
		mvc.perform(get("/audit").with(user("officer.yuantian1").roles("OFFICER"))).andExpect(status().isForbidden());
	}
}
