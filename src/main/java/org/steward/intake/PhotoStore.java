package org.steward.intake;

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
 * Report photos on disk, named by their SHA-256 so that the same photo is kept once. Files are
 * written before the transaction commits; if it rolls back, the files this request created
 * are deleted again, so a failed report leaves no orphan photo behind.
 */
@Component
class PhotoStore {

	private static final Logger log = LoggerFactory.getLogger(PhotoStore.class);

	private final Path directory;

	private final JdbcClient jdbc;

	PhotoStore(IntakeProperties settings, JdbcClient jdbc) {
		this.directory = settings.photoDir();
		this.jdbc = jdbc;
	}

	Path directory() {
		return directory;
	}

	/** Writes and records the photos of a report; must run inside the report's transaction. */
	List<Evidence> store(long reportId, List<ValidatedReport.InspectedPhoto> photos) {
		return writeAndRecord(photos, (id, order, photo) -> jdbc.sql("""
				insert into intake_photo (id, report_id, sort_order, sha256, content_type, size_bytes)
				values (:id, :report, :order, :sha, :type, :size)""")
			.param("id", id)
			.param("report", reportId)
			.param("order", order)
			.param("sha", photo.sha256())
			.param("type", photo.contentType())
			.param("size", photo.size())
			.update());
	}

	/**
	 * Writes and records photos another module keeps as evidence (see {@link org.steward.intake.Photos});
	 * must run inside that module's transaction, like {@link #store}.
	 */
	List<Evidence> keep(String owner, List<ValidatedReport.InspectedPhoto> photos, java.time.Instant now) {
		return writeAndRecord(photos, (id, order, photo) -> jdbc.sql("""
				insert into intake_evidence (id, owner, sort_order, sha256, content_type, size_bytes, stored_at)
				values (:id, :owner, :order, :sha, :type, :size, :at)""")
			.param("id", id)
			.param("owner", owner)
			.param("order", order)
			.param("sha", photo.sha256())
			.param("type", photo.contentType())
			.param("size", photo.size())
			.param("at", now.atOffset(java.time.ZoneOffset.UTC))
			.update());
	}

	/** How one photo's row is inserted: a report's photo or another module's evidence. */
	private interface PhotoRow {
		void insert(String id, int order, ValidatedReport.InspectedPhoto photo);
	}

	/**
	 * Writes each file (once per content) and inserts its row; files this transaction created are
	 * removed again if it rolls back.
	 */
	private List<Evidence> writeAndRecord(List<ValidatedReport.InspectedPhoto> photos, PhotoRow row) {
		if (photos.isEmpty()) {
			return List.of();
		}
		List<Path> created = createdFilesOfThisTransaction();
		List<Evidence> evidence = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			ValidatedReport.InspectedPhoto photo = photos.get(i);
			if (write(photo)) {
				created.add(directory.resolve(photo.sha256()));
			}
			String id = UUID.randomUUID().toString();
			row.insert(id, i, photo);
			evidence.add(new Evidence(id, photo.contentType(), photo.sha256(), photo.size()));
		}
		return evidence;
	}

	/** The stored file of a photo, if there is one with that SHA-256. */
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
					created.stream().filter(file -> !referenced(file)).forEach(PhotoStore::deleteQuietly);
				}
			}
		});
		return created;
	}

	/** @return whether this call created the file (false when the same content was already stored) */
	private boolean write(ValidatedReport.InspectedPhoto photo) {
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
			throw new UncheckedIOException("Cannot store a photo in " + directory, ex);
		}
	}

	/**
	 * Whether a committed report refers to the file: another request may have stored the same
	 * photo while this one was rolling back. (Runs after the transaction, on its own connection.)
	 */
	private boolean referenced(Path file) {
		return jdbc.sql("""
				select (select count(*) from intake_photo where sha256 = :sha)
				     + (select count(*) from intake_evidence where sha256 = :sha)""")
			.param("sha", file.getFileName().toString())
			.query(Long.class)
			.single() > 0;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the photo {} of a rolled-back report", file, ex);
		}
	}
}
