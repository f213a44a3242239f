package org.steward.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the record outside the database: every {@code checkpoint-interval} the chain's head (last
 * entry number and hash) is signed with the record's key and appended as one line to the checkpoint
 * file — {@code seq|hash|time|signature}. The database cannot rewrite that file, so a later truncation
 * (entries and head removed together) or a chain recomputed from some entry on no longer matches a
 * checkpoint, and verification says so. The command centre's record page shows the latest one.
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	/** The chain's head. */
	record Head(long seq, String hash) {
	}

	/** One checkpoint line; {@code signed} says whether its signature is the record key's. */
	record Checkpoint(long seq, String hash, Instant at, boolean signed) {
	}

	private final JdbcClient jdbc;

	private final AuditKey key;

	private final Path file;

	private final Clock clock;

	AuditCheckpoints(JdbcClient jdbc, AuditKey key, AuditProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.key = key;
		this.file = settings.checkpointFile();
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${steward.audit.checkpoint-interval:PT10M}",
			fixedDelayString = "${steward.audit.checkpoint-interval:PT10M}")
	void scheduled() {
		try {
			write();
		}
		catch (RuntimeException ex) {
			log.error("Could not write the audit checkpoint to {}", file, ex);
		}
	}

	/** Signs the current head and appends it, unless it is the last one written already; answers it. */
	synchronized Optional<Checkpoint> write() {
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		if (head.seq() == 0) {
			return Optional.empty();
		}
		Optional<Checkpoint> last = latest();
		if (last.isPresent() && last.get().seq() == head.seq() && last.get().hash().equals(head.hash())) {
			return last;
		}
		Instant at = clock.instant();
		String body = head.seq() + "|" + head.hash() + "|" + at;
		String line = body + "|" + key.checkpointMac(body) + "\n";
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot append the audit checkpoint to " + file, ex);
		}
		return Optional.of(new Checkpoint(head.seq(), head.hash(), at, true));
	}

	/** Every checkpoint in the file, oldest first; an unreadable line counts as unsigned. */
	List<Checkpoint> all() {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit checkpoints in " + file, ex);
		}
		List<Checkpoint> checkpoints = new ArrayList<>();
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			Checkpoint checkpoint = parse(line);
			if (checkpoint != null) {
				checkpoints.add(checkpoint);
			}
		}
		return checkpoints;
	}

	Optional<Checkpoint> latest() {
		List<Checkpoint> all = all();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	Path file() {
		return file;
	}

	private @Nullable Checkpoint parse(String line) {
		String[] parts = line.split("\\|");
		try {
			String body = parts[0] + "|" + parts[1] + "|" + parts[2];
			boolean signed = parts.length == 4 && key.checkpointMac(body).equals(parts[3]);
			return new Checkpoint(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), signed);
		}
		catch (RuntimeException unreadable) {
			return new Checkpoint(-1, "", Instant.EPOCH, false);
		}
	}
}
