package db.migration.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.steward.evidence.PhotoInspector;

/**
 * Moves the penalty evidence that enforcement kept as {@code bytea} into the content-addressed
 * store: each file is written once under its SHA-256 (checked against the hash recorded with it,
 * which the audit chain holds too) and gets a registry row owned by {@code penalty-evidence:<id>}.
 * A Java migration because the store is a directory, which SQL cannot write; it runs on H2 and
 * PostgreSQL alike through JDBC, before enforcement's migration drops the column. Flyway finds it
 * beside the SQL migrations (package {@code db.migration.evidence}), so every application context
 * resolves it; the store's directory comes from the Flyway placeholder {@code evidencedir}
 * ({@code steward.intake.photo-dir}).
 */
public class V202612041801__evidence_penalty_files_into_store extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String directory = context.getConfiguration().getPlaceholders().get("evidencedir");
		migrate(context.getConnection(), Path.of(directory == null ? "./data/photos" : directory));
	}

	/** Moves every row's file into the store under {@code directory}. */
	void migrate(Connection connection, Path directory) throws Exception {
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
				write(directory, sha, content);
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

	private static void write(Path directory, String sha, byte[] content) throws IOException {
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
