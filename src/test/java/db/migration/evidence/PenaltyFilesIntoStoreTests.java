package db.migration.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.evidence.PhotoInspector;

/** Penalty evidence kept as bytea becomes store entries under the same SHA-256. */
class PenaltyFilesIntoStoreTests {

	@TempDir
	Path store;

	@Test
	void writesEachFileUnderItsRecordedHashWithARegistryRow() throws Exception {
		byte[] pdf = ("%PDF-1.4 决定书 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		String sha = PhotoInspector.sha256(pdf);
		try (Connection db = database()) {
			insert(db, 7, sha, pdf);
			insert(db, 8, sha, pdf); // the same file on a second case: stored once, kept twice

			new V202612041801__evidence_penalty_files_into_store().migrate(db, store);

			assertThat(Files.readAllBytes(store.resolve(sha))).isEqualTo(pdf);
			try (Statement s = db.createStatement();
					ResultSet rows = s.executeQuery("select owner, sha256, content_type, size_bytes from intake_evidence order by owner")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("penalty-evidence:7");
				assertThat(rows.getString(2)).isEqualTo(sha);
				assertThat(rows.getString(3)).isEqualTo("application/pdf");
				assertThat(rows.getLong(4)).isEqualTo(pdf.length);
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("penalty-evidence:8");
				assertThat(rows.next()).isFalse();
			}
		}
	}

	@Test
	void refusesAFileThatDoesNotMatchItsRecordedHash() throws Exception {
		try (Connection db = database()) {
			insert(db, 9, "0".repeat(64), "altered".getBytes(StandardCharsets.UTF_8));
			assertThatThrownBy(() -> new V202612041801__evidence_penalty_files_into_store().migrate(db, store))
				.hasMessageContaining("does not match its recorded SHA-256");
		}
	}

	private static Connection database() throws Exception {
		Connection db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL");
		try (Statement s = db.createStatement()) {
			s.execute("""
					create table enforcement_evidence (id bigint primary key, measure_id bigint not null,
					  file_name varchar(200) not null, content_type varchar(100) not null, size_bytes bigint not null,
					  sha256 varchar(64) not null, description varchar(500) not null, added_by varchar(100) not null,
					  added_at timestamp with time zone not null, content bytea not null)""");
			s.execute("""
					create table intake_evidence (id varchar(36) primary key, owner varchar(100) not null,
					  sort_order integer not null, sha256 varchar(64) not null, content_type varchar(100) not null,
					  size_bytes bigint not null, stored_at timestamp with time zone not null)""");
		}
		return db;
	}

	private static void insert(Connection db, long id, String sha, byte[] content) throws Exception {
		try (PreparedStatement p = db.prepareStatement("""
				insert into enforcement_evidence values (?, 1, 'decision.pdf', 'application/pdf', ?, ?, 'proof', 'officer',
				  current_timestamp, ?)""")) {
			p.setLong(1, id);
			p.setLong(2, content.length);
			p.setString(3, sha);
			p.setBytes(4, content);
			p.executeUpdate();
		}
	}
}
