package org.steward.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only chain. An append locks the single chain-head row ({@code select ... for
 * update}), so appends from several nodes are serialised into one chain; each entry's hash is
 * SHA-256 over the previous hash and the entry's canonical content.
 */
@Service
class AuditChain {

	static final String GENESIS = "0".repeat(64);

	/** What is recorded: who, when, where, what, and the hashes of the evidence. */
	record Content(Instant at, String actor, String subject, String action, @Nullable String place, String details,
			List<String> evidenceHashes) {

		Content {
			at = at.truncatedTo(ChronoUnit.MILLIS); // what every database keeps, so verification recomputes the same text
			evidenceHashes = List.copyOf(evidenceHashes);
		}

		/** One line per field, in a fixed order; the hash covers exactly this text. */
		String canonical(long seq) {
			return String.join("\n", Long.toString(seq), at.toString(), actor, subject, action,
					place == null ? "" : place, details, String.join(",", evidenceHashes));
		}
	}

	/** The verification answer: intact, or the first entry whose hash does not match. */
	record Verification(boolean intact, long entries, @Nullable Long firstBrokenSeq, @Nullable String problem) {
	}

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Joins the caller's transaction — the listener's own, which commits right after — rather than
	 * opening a second one: a listener holding one connection while waiting for another starved the
	 * pool when several events arrived together (three listeners × two connections = a test pool of
	 * six), so appends timed out and entries were left to the restart's republication.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	long append(Content content) {
		record Head(long seq, String hash) {
		}
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		long seq = head.seq() + 1;
		String hash = hash(head.hash(), content.canonical(seq));
		jdbc.sql("""
				insert into audit_entry (seq, recorded_at, actor, subject, action, place, details, evidence_hashes,
				  prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(seq, java.sql.Timestamp.from(content.at()), content.actor(), content.subject(), content.action(),
					content.place(), content.details(), String.join(",", content.evidenceHashes()), head.hash(), hash)
			.update();
		jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
		return seq;
	}

	/** Recomputes every entry's hash from the start and compares it with the stored one and with the head. */
	@Transactional(readOnly = true)
	Verification verify() {
		String previous = GENESIS;
		long count = 0;
		List<Stored> entries = jdbc.sql("select * from audit_entry order by seq")
			.query((rs, n) -> new Stored(rs.getLong("seq"),
					new Content(rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"), rs.getString("subject"),
							rs.getString("action"), rs.getString("place"), rs.getString("details"),
							split(rs.getString("evidence_hashes"))),
					rs.getString("prev_hash"), rs.getString("entry_hash")))
			.list();
		for (Stored entry : entries) {
			count++;
			if (entry.seq() != count) {
				return new Verification(false, entries.size(), count, "Entry " + count + " is missing");
			}
			if (!entry.prevHash().equals(previous)) {
				return new Verification(false, entries.size(), entry.seq(), "Entry " + entry.seq()
						+ " does not point at the previous entry's hash");
			}
			String expected = hash(previous, entry.content().canonical(entry.seq()));
			if (!expected.equals(entry.hash())) {
				return new Verification(false, entries.size(), entry.seq(),
						"Entry " + entry.seq() + " was changed after it was recorded: its content no longer matches its hash");
			}
			previous = entry.hash();
		}
		Optional<String> headHash = jdbc.sql("select last_hash from audit_chain_head where id = 1").query(String.class).optional();
		if (headHash.isPresent() && !headHash.get().equals(previous)) {
			return new Verification(false, entries.size(), count + 1, "Entries after " + count + " were removed");
		}
		return new Verification(true, entries.size(), null, null);
	}

	private record Stored(long seq, Content content, String prevHash, String hash) {
	}

	private static List<String> split(@Nullable String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
	}

	static String hash(String previous, String canonical) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(previous.getBytes(StandardCharsets.US_ASCII));
			sha.update((byte) '\n');
			sha.update(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
