package org.steward.cases;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the case list. Every field is optional; the viewer's data scope always applies
 * on top. {@code commandQueue} selects cases waiting for the command centre (ESCALATED to it);
 * {@code assignedTo} the cases an officer (username) holds; {@code keyword} a case number (whole or
 * its beginning), or words found in the description or address or naming the case's station or
 * community (see {@link #MAX_KEYWORD}); {@code cursor} where the page starts (keyset pagination: the
 * page number is then only shown, not used to skip rows).
 */
public record CaseFilter(Set<CaseStatus> statuses, @Nullable String stationCode, @Nullable String categoryCode,
		@Nullable Boolean overdue, @Nullable Instant from, @Nullable Instant to, boolean commandQueue,
		@Nullable String assignedTo, @Nullable String keyword, @Nullable CaseCursor cursor) {

	/** The longest search text: a sentence of an address or a case number, with room to spare. */
	public static final int MAX_KEYWORD = 100;

	public CaseFilter {
		statuses = Set.copyOf(statuses);
		keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
	}

	public CaseFilter(Set<CaseStatus> statuses, @Nullable String stationCode, @Nullable String categoryCode,
			@Nullable Boolean overdue, @Nullable Instant from, @Nullable Instant to, boolean commandQueue,
			@Nullable String assignedTo) {
		this(statuses, stationCode, categoryCode, overdue, from, to, commandQueue, assignedTo, null, null);
	}

	public static CaseFilter all() {
		return new CaseFilter(Set.of(), null, null, null, null, null, false, null);
	}

	/** The same filter without its search text, from the first page. */
	public CaseFilter withoutKeyword() {
		return new CaseFilter(statuses, stationCode, categoryCode, overdue, from, to, commandQueue, assignedTo, null,
				null);
	}
}
