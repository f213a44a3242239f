package org.steward.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of every request: a node that is not ready yet (migrations, reference
 * data and demo seed still running, or already shutting down) answers 503 with
 * {@code Retry-After} instead of, say, refusing a correct password because the accounts are not
 * there yet; and while the database is away a request that needed it gets the same clean 503
 * rather than a 500. The health endpoints pass, so probes and load balancers can ask.
 */
public final class NodeGate extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(NodeGate.class);

	private final ApplicationAvailability availability;

	private final MessageSource messages;

	private final ClusterProperties settings;

	NodeGate(ApplicationAvailability availability, MessageSource messages, ClusterProperties settings) {
		this.availability = availability;
		this.messages = messages;
		this.settings = settings;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")
				&& availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			unavailable(request, response, "cluster.unavailable.starting");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!databaseAway(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {} answered 503: the database is away ({})", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			response.reset();
			unavailable(request, response, "cluster.unavailable.database");
		}
	}

	/**
	 * Whether {@code failure} (or anything that caused it) says the database cannot be reached:
	 * no connection from the pool, a refused or broken connection, a server shutting down.
	 */
	public static boolean databaseAway(@Nullable Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof java.net.ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					// 08: connection exception; 57P01..57P03: the server is shutting down or starting
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
		Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		String title = messages.getMessage("cluster.unavailable.title", null, locale);
		String detail = messages.getMessage(reason, null, locale);
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Long.toString(Math.max(1, settings.retryAfter().toSeconds())));
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (wantsJson(request)) {
			response.setContentType("application/problem+json");
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":503,\"detail\":"
					+ json(detail) + "}");
		}
		else {
			response.setContentType("text/html");
			response.getWriter().write("<!DOCTYPE html><html lang=\"" + (locale == Locale.ENGLISH ? "en" : "zh-CN")
					+ "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><main><h1>" + title
					+ "</h1><p>" + detail + "</p></main></body></html>");
		}
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return path.startsWith("/api/") || path.startsWith("/open311/") || path.startsWith("/actuator/")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.toString();
	}
}
