package org.steward.refusal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * Reads a database's "value too long" refusal (SQL state 22001, on H2 and PostgreSQL alike) back to the
 * request's fields: those sent longer than the column's limit, as {@link InputGuard} measured them.
 */
public final class ColumnLimits {

	private static final Pattern LIMIT = Pattern.compile("(?i)varying\\((\\d+)\\)|varchar\\((\\d+)\\)");

	private ColumnLimits() {
	}

	/** The fields to name for a value-too-long refusal, or null when the exception is something else. */
	public static @Nullable List<String> fieldsTooLong(Throwable ex, HttpServletRequest request) {
		SQLException sql = sqlException(ex);
		if (sql == null || !"22001".equals(sql.getSQLState())) {
			return null;
		}
		int limit = limit(ex);
		Map<String, Integer> lengths = InputGuard.lengths(request);
		List<String> fields = lengths.entrySet().stream().filter(e -> e.getValue() > limit).map(Map.Entry::getKey).toList();
		return fields.isEmpty() ? List.of("body") : fields;
	}

	/** The column's limit named in the database's message; 0 when it names none. */
	public static int limit(Throwable ex) {
		SQLException sql = sqlException(ex);
		if (sql == null || sql.getMessage() == null) {
			return 0;
		}
		Matcher m = LIMIT.matcher(sql.getMessage());
		return m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : 0;
	}

	private static @Nullable SQLException sqlException(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				return sql;
			}
		}
		return null;
	}
}
