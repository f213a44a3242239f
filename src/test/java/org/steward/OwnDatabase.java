package org.steward;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of a test class's own, for tests that need one empty at start (the demo seeds only a
 * database without cases; a sweep measures every table): an in-memory H2 of its own, or, when CI
 * points the tests at PostgreSQL ({@code STEWARD_TEST_DB_URL}), a freshly created schema there.
 * Called from a {@code @DynamicPropertySource} method.
 */
public final class OwnDatabase {

	private OwnDatabase() {
	}

	/** {@code schema}: a lower-case SQL name, unique to the test class. */
	public static void register(DynamicPropertyRegistry registry, String schema) throws SQLException {
		String url = setting("STEWARD_TEST_DB_URL");
		if (url == null || url.isBlank()) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + schema.replace('_', '-') + "-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			return;
		}
		String user = setting("STEWARD_TEST_DB_USER");
		String password = setting("STEWARD_TEST_DB_PASSWORD");
		try (Connection c = DriverManager.getConnection(url, user, password == null ? "" : password);
				Statement s = c.createStatement()) {
			s.execute("drop schema if exists " + schema + " cascade");
			s.execute("create schema " + schema);
		}
		registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		registry.add("spring.flyway.schemas", () -> schema);
	}

	private static String setting(String name) {
		String value = System.getenv(name);
		return value != null ? value : System.getProperty(name);
	}
}
