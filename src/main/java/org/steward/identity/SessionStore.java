package org.steward.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Signed-in sessions live in the database (Spring Session JDBC, tables made by the identity
 * migrations), so that behind a load balancer any node serves any signed-in user and a node may
 * die or be replaced without signing anybody out. Attributes are written by {@link SessionAttributes}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAsRecords() {
		return repository -> repository
			.setConversionService(SessionAttributes.conversionService(SessionStore.class.getClassLoader()));
	}
}
