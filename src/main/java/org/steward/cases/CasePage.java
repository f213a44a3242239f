package org.steward.cases;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a case list: {@code page} counts from 0. The total is counted only up to a limit
 * ({@code steward.cases.list-count-limit}, 10,000): above it {@code total} is that limit and
 * {@code totalIsLowerBound} is true ("10,000+"), because counting every row of a station's
 * closed cases costs time proportional to them on every page (hundreds of milliseconds at a
 * million cases) for a figure nobody pages through. {@code after} and {@code before} are the
 * {@link CaseCursor} tokens of the next and the previous page (null where there is none, or for a
 * page made without them): following them costs one page of rows however deep the list goes.
 */
public record CasePage(List<CaseSummary> items, int page, int size, long total, boolean totalIsLowerBound,
		@Nullable String after, @Nullable String before) {

	public CasePage {
		items = List.copyOf(items);
	}

	public CasePage(List<CaseSummary> items, int page, int size, long total, boolean totalIsLowerBound) {
		this(items, page, size, total, totalIsLowerBound, null, null);
	}

	/** Whether a page follows this one: the cursor says so, or past a counted total only when this page is full. */
	public boolean hasNext() {
		if (after != null || before != null) {
			return after != null;
		}
		return totalIsLowerBound ? items.size() == size : (long) (page + 1) * size < total;
	}

	/** The number of pages the total makes (at least), counting from 1. */
	public long pages() {
		return Math.max(1, (total + size - 1) / size);
	}
}
