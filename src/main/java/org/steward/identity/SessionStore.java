package org.steward.identity;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Signed-in sessions live in the database (Spring Session JDBC, tables made by the identity
 * migrations), so that behind a load balancer any node serves any signed-in user and a node may
 * die or be replaced without signing anybody out. Attributes are written by {@link SessionAttributes}.
 * <p>
 * An attribute is written as an upsert: a browser sends several requests of one session at once
 * (a page and its htmx fragments), each may add the same attribute (the CSRF token), and the plain
 * insert of the second one failed on the key, a 500 for a page that had rendered (bench/run, list
 * pages at concurrency 8: 156 of them).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/** H2's own upsert (the embedded default); PostgreSQL's is Spring Session's own customizer. */
	private static final String H2_CREATE_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAsRecords(DataSource dataSource) {
		String database = product(dataSource);
		return repository -> {
			repository.setConversionService(SessionAttributes.conversionService(SessionStore.class.getClassLoader()));
			if (database.startsWith("postgresql")) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
			else if (database.startsWith("h2")) {
				repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
			}
		};
	}

	private static String product(DataSource dataSource) {
		try {
			return JdbcUtils.<String>extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
				.toLowerCase(java.util.Locale.ROOT);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database keeps the sessions", ex);
		}
	}
}
