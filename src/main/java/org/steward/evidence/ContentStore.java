package org.steward.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.cases.Evidence;

/**
 * The content-addressed store: files on disk named by their SHA-256, so the same content is kept
 * once, and a registry row per owner that keeps it. Files are written before the owner's
 * transaction commits; if it rolls back, the files this request created are deleted again unless
 * a committed row refers to them, so a failed request leaves no orphan file behind.
 */
@Component
class ContentStore {

	private static final Logger log = LoggerFactory.getLogger(ContentStore.class);

	private final Path directory;

	private final JdbcClient jdbc;

	private final long budget;

	/** Bytes the registry holds, read once and then counted as files are written (per node; approximate). */
	private final java.util.concurrent.atomic.AtomicLong used = new java.util.concurrent.atomic.AtomicLong(-1);

	ContentStore(EvidenceProperties settings, JdbcClient jdbc) {
		this.directory = settings.photoDir();
		this.jdbc = jdbc;
		this.budget = settings.photoBudget().toBytes();
	}

	/** Refuses (507) content that would take the store beyond its disk budget. */
	private void requireRoom(long bytes) {
		if (used.get() < 0) {
			used.compareAndSet(-1, jdbc.sql("select coalesce(sum(size_bytes), 0) from intake_evidence")
				.query(Long.class)
				.single());
		}
		if (used.get() + bytes > budget) {
			throw org.steward.refusal.Refusal.storeFull("evidence.refused.storeFull");
		}
	}

	Path directory() {
		return directory;
	}

	/** Content to keep: its bytes, SHA-256 and type. */
	record Content(byte[] bytes, String sha256, String contentType) {

		long size() {
			return bytes.length;
		}
	}

	/**
	 * Writes each file (once per content) and records it for {@code owner} (in order); must run
	 * inside the owner's transaction.
	 */
	List<Evidence> keep(String owner, List<Content> contents, java.time.Instant now) {
		return writeAndRecord(contents, (id, order, content) -> jdbc.sql("""
				insert into intake_evidence (id, owner, sort_order, sha256, content_type, size_bytes, stored_at)
				values (:id, :owner, :order, :sha, :type, :size, :at)""")
			.param("id", id)
			.param("owner", owner)
			.param("order", order)
			.param("sha", content.sha256())
			.param("type", content.contentType())
			.param("size", content.size())
			.param("at", now.atOffset(java.time.ZoneOffset.UTC))
			.update());
	}

	/** How one file's registry row is inserted. */
	private interface Row {
		void insert(String id, int order, Content content);
	}

	/**
	 * Writes each file (once per content) and inserts its row; files this transaction created are
	 * removed again if it rolls back.
	 */
	private List<Evidence> writeAndRecord(List<Content> photos, Row row) {
		if (photos.isEmpty()) {
			return List.of();
		}
		requireRoom(photos.stream().mapToLong(Content::size).sum());
		List<Path> created = createdFilesOfThisTransaction();
		List<Evidence> evidence = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			Content photo = photos.get(i);
			if (write(photo)) {
				created.add(directory.resolve(photo.sha256()));
				used.addAndGet(photo.size());
			}
			String id = UUID.randomUUID().toString();
			row.insert(id, i, photo);
			evidence.add(new Evidence(id, photo.contentType(), photo.sha256(), photo.size()));
		}
		return evidence;
	}

	/** The bytes of a stored file. */
	java.util.Optional<byte[]> read(String sha256) {
		return file(sha256).map(path -> {
			try {
				return Files.readAllBytes(path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the stored file " + path, ex);
			}
		});
	}

	/** The stored file, if there is one with that SHA-256. */
	java.util.Optional<Path> file(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			return java.util.Optional.empty();
		}
		Path file = directory.resolve(sha256);
		return Files.isRegularFile(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
	}

	/** Files this transaction creates; removed again unless it commits (and no committed row refers to them). */
	private List<Path> createdFilesOfThisTransaction() {
		List<Path> created = new ArrayList<>();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					created.stream().filter(file -> !referenced(file)).forEach(ContentStore::deleteQuietly);
				}
			}
		});
		return created;
	}

	/** @return whether this call created the file (false when the same content was already stored) */
	private boolean write(Content photo) {
		Path target = directory.resolve(photo.sha256());
		if (Files.exists(target)) {
			return false;
		}
		try {
			Files.createDirectories(directory);
			// a complete temporary file linked into place: a reader never sees half a photo, and the
			// link fails if a concurrent request stored the same photo first, so "created" is exact
			Path temporary = Files.createTempFile(directory, "upload-", ".part");
			try {
				Files.write(temporary, photo.bytes());
				try {
					Files.createLink(target, temporary);
				}
				catch (UnsupportedOperationException noHardLinks) {
					Files.move(temporary, target);
				}
				return true;
			}
			catch (FileAlreadyExistsException concurrentWriter) {
				return false;
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store a file in " + directory, ex);
		}
	}

	/**
	 * Whether a committed registry row refers to the file: another request may have stored the
	 * same content while this one was rolling back. (Runs after the transaction, on its own connection.)
	 */
	private boolean referenced(Path file) {
		return jdbc.sql("select count(*) from intake_evidence where sha256 = :sha")
			.param("sha", file.getFileName().toString())
			.query(Long.class)
			.single() > 0;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the file {} of a rolled-back request", file, ex);
		}
	}
}
