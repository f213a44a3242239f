package org.steward.cluster;

import java.net.InetAddress;
import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses the transport between nodes: PostgreSQL's LISTEN/NOTIFY when the database is
 * PostgreSQL (several nodes may share it), none on the embedded H2 (one node). No new server:
 * the database every node already talks to carries the messages.
 */
@Configuration(proxyBeanMethods = false)
class ClusterTransport {

	private static final Logger log = LoggerFactory.getLogger(ClusterTransport.class);

	@Bean
	Nodes nodes(DataSource dataSource, JdbcTemplate jdbc, ObjectProvider<JsonMapper> json, ClusterProperties settings) {
		String self = nodeName(settings);
		if (!on(dataSource, settings)) {
			log.info("Cluster transport off (single node {})", self);
			return new SingleNode(self);
		}
		log.info("Cluster transport on: node {} talks on PostgreSQL channel {}", self, settings.channel());
		return new PgNotifyNodes(jdbc, mapper(json), settings.channel(), self);
	}

	@Bean
	ClusterEar clusterEar(Nodes nodes, DataSource dataSource, ApplicationEventPublisher events,
			ObjectProvider<JsonMapper> json, ClusterProperties settings) {
		if (!(nodes instanceof PgNotifyNodes)) {
			return new ClusterEar(null);
		}
		// a connection of its own, opened with the pool's URL and credentials but outside the pool
		SimpleDriverDataSource unpooled = DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class).build();
		java.util.Properties named = new java.util.Properties();
		// operators (and tests) find each node's listening connection in pg_stat_activity by this name
		named.setProperty("ApplicationName", listenerName(nodes.self()));
		unpooled.setConnectionProperties(named);
		return new ClusterEar(new NodeListener(unpooled, events, mapper(json), settings, nodes.self()));
	}

	/** The application name of a node's listening connection, as pg_stat_activity shows it. */
	static String listenerName(String node) {
		String name = "steward-listener " + node;
		return name.length() > 63 ? name.substring(0, 63) : name;
	}

	/** Before every other filter (sessions and security read the database too). */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<NodeGate> nodeGate(
			org.springframework.boot.availability.ApplicationAvailability availability,
			org.springframework.context.MessageSource messages, ClusterProperties settings) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
				new NodeGate(availability, messages, settings));
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static boolean on(DataSource dataSource, ClusterProperties settings) {
		return switch (settings.transport()) {
			case "on" -> true;
			case "off" -> false;
			default -> postgres(dataSource);
		};
	}

	private static boolean postgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product.toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

	private static JsonMapper mapper(ObjectProvider<JsonMapper> json) {
		return json.getIfAvailable(JsonMapper::new);
	}

	private static String nodeName(ClusterProperties settings) {
		if (settings.nodeName() != null && !settings.nodeName().isBlank()) {
			return settings.nodeName();
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "node";
		}
		// a restarted node is a new node: it must not take its earlier self's messages for its own
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
