package org.steward.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Moves the penalty evidence that enforcement kept as {@code bytea} into the content-addressed
 * store: each file is written once under its SHA-256 (checked against the hash recorded with it,
 * which the audit chain holds too) and gets a registry row owned by {@code penalty-evidence:<id>}.
 * A Java migration because the store is a directory, which SQL cannot write; it runs on H2 and
 * PostgreSQL alike through JDBC, before enforcement's migration drops the column.
 */
@Component
class PenaltyEvidenceIntoStore implements JavaMigration {

	private final Path directory;

	PenaltyEvidenceIntoStore(@Value("${steward.intake.photo-dir:./data/photos}") Path directory) {
		this.directory = directory;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("202612041801");
	}

	@Override
	public String getDescription() {
		return "evidence penalty evidence into the store";
	}

	@Override
	public @Nullable Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (PreparedStatement select = connection.prepareStatement(
				"select id, sha256, content_type, size_bytes, added_at, content from enforcement_evidence order by id");
				PreparedStatement insert = connection.prepareStatement("""
						insert into intake_evidence (id, owner, sort_order, sha256, content_type, size_bytes, stored_at)
						values (?, ?, 0, ?, ?, ?, ?)""");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				long id = rows.getLong(1);
				String sha = rows.getString(2);
				byte[] content = rows.getBytes(6);
				if (!PhotoInspector.sha256(content).equals(sha)) {
					throw new IllegalStateException("Penalty evidence " + id + " does not match its recorded SHA-256 " + sha);
				}
				write(sha, content);
				insert.setString(1, UUID.randomUUID().toString());
				insert.setString(2, "penalty-evidence:" + id);
				insert.setString(3, sha);
				insert.setString(4, rows.getString(3));
				insert.setLong(5, rows.getLong(4));
				insert.setTimestamp(6, rows.getTimestamp(5));
				insert.executeUpdate();
			}
		}
	}

	private void write(String sha, byte[] content) throws IOException {
		Path target = directory.resolve(sha);
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, "migrate-", ".part");
		try {
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}
}
