package org.steward.cases;

import java.util.List;

/**
 * One page of a case list: {@code page} counts from 0. The total is counted only up to a limit
 * ({@code steward.cases.list-count-limit}, 10,000): above it {@code total} is that limit and
 * {@code totalIsLowerBound} is true ("10,000+"), because counting every row of a station's
 * closed cases costs time proportional to them on every page (hundreds of milliseconds at a
 * million cases) for a figure nobody pages through.
 */
public record CasePage(List<CaseSummary> items, int page, int size, long total, boolean totalIsLowerBound) {

	public CasePage {
		items = List.copyOf(items);
	}

	/** Whether a page follows this one: past a counted total only when this page is full. */
	public boolean hasNext() {
		return totalIsLowerBound ? items.size() == size : (long) (page + 1) * size < total;
	}

	/** The number of pages the total makes (at least), counting from 1. */
	public long pages() {
		return Math.max(1, (total + size - 1) / size);
	}
}
