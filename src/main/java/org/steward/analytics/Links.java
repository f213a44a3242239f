package org.steward.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address of the cases behind a number, for the period a page shows; templates call it. */
record Links(Period period) {

	public String cases(Counter counter, Dimension dim, String value) {
		return "/analytics/cases?" + period.query() + "&counter=" + counter.name() + "&group=" + dim.name() + "&value="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public String cases(String counter, String dim, String value) {
		return cases(Counter.valueOf(counter), Dimension.valueOf(dim), value);
	}

	public String query() {
		return period.query();
	}
}
