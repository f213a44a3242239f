package org.steward.cases;

import java.util.List;

/** One page of a case list: {@code page} counts from 0. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {

	public CasePage {
		items = List.copyOf(items);
	}
}
