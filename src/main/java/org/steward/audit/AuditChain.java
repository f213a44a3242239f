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
 * update}), so appends from several nodes are serialised into one chain; each entry's hash is an
 * HMAC-SHA256, keyed from configuration ({@link AuditKey}), over the previous hash and the entry's
 * length-prefixed encoding (version 2; entries recorded before the chain was keyed keep their plain
 * SHA-256, version 1). Verification recomputes every entry and then holds the chain against the signed
 * checkpoints written outside the database ({@link AuditCheckpoints}), so an edit, a deleted entry, a
 * truncated tail and a recomputed chain are all found.
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

		/**
		 * Version 2: every field as its UTF-8 length, a colon and its bytes (an absent one as {@code -}),
		 * so no two different entries encode alike whatever characters their texts hold.
		 */
		byte[] encoded(long seq, String previous) {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			field(out, "steward-audit-v2");
			field(out, previous);
			field(out, Long.toString(seq));
			field(out, at.toString());
			field(out, actor);
			field(out, subject);
			field(out, action);
			field(out, place);
			field(out, details);
			field(out, Integer.toString(evidenceHashes.size()));
			evidenceHashes.forEach(h -> field(out, h));
			return out.toByteArray();
		}

		private static void field(java.io.ByteArrayOutputStream out, @Nullable String value) {
			if (value == null) {
				out.writeBytes("-;".getBytes(StandardCharsets.US_ASCII));
				return;
			}
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(bytes);
			out.writeBytes(";".getBytes(StandardCharsets.US_ASCII));
		}

		/** Version 1 (before the chain was keyed): one line per field, in a fixed order. */
		String canonical(long seq) {
			return String.join("\n", Long.toString(seq), at.toString(), actor, subject, action,
					place == null ? "" : place, details, String.join(",", evidenceHashes));
		}
	}

	/** The verification answer: intact, or the first entry whose hash does not match. */
	record Verification(boolean intact, long entries, @Nullable Long firstBrokenSeq, @Nullable String problem) {
	}

	private final JdbcClient jdbc;

	private final AuditKey key;

	private final AuditCheckpoints checkpoints;

	AuditChain(JdbcClient jdbc, AuditKey key, AuditCheckpoints checkpoints) {
		this.jdbc = jdbc;
		this.key = key;
		this.checkpoints = checkpoints;
	}

	/** The keyed hash of an entry (version 2). */
	String keyedHash(String previous, long seq, Content content) {
		return key.entryMac(content.encoded(seq, previous));
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
		String hash = keyedHash(head.hash(), seq, content);
		jdbc.sql("""
				insert into audit_entry (seq, recorded_at, actor, subject, action, place, details, evidence_hashes,
				  prev_hash, entry_hash, hash_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)""")
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
					rs.getString("prev_hash"), rs.getString("entry_hash"), rs.getInt("hash_version")))
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
			String expected = entry.version() >= 2 ? keyedHash(previous, entry.seq(), entry.content())
					: hash(previous, entry.content().canonical(entry.seq()));
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
		// the checkpoints outside the database: a truncated tail or a chain rewritten from some entry on
		java.util.Map<Long, String> hashes = new java.util.HashMap<>();
		entries.forEach(e -> hashes.put(e.seq(), e.hash()));
		for (AuditCheckpoints.Checkpoint checkpoint : checkpoints.all()) {
			if (!checkpoint.signed()) {
				return new Verification(false, entries.size(), checkpoint.seq(),
						"The checkpoint of entry " + checkpoint.seq() + " is not signed with the record's key");
			}
			String stored = hashes.get(checkpoint.seq());
			if (stored == null) {
				return new Verification(false, entries.size(), checkpoint.seq(), "Entry " + checkpoint.seq()
						+ ", checkpointed at " + checkpoint.at() + ", is missing: the record was truncated");
			}
			if (!stored.equals(checkpoint.hash())) {
				return new Verification(false, entries.size(), checkpoint.seq(), "Entry " + checkpoint.seq()
						+ " no longer has the hash checkpointed at " + checkpoint.at() + ": the record was rewritten");
			}
		}
		return new Verification(true, entries.size(), null, null);
	}

	/** The chain's head now: the last entry's number and hash. */
	@Transactional(readOnly = true)
	AuditCheckpoints.Head head() {
		return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
			.query((rs, n) -> new AuditCheckpoints.Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	private record Stored(long seq, Content content, String prevHash, String hash, int version) {
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
