package org.steward.analytics;

import java.time.LocalDate;

/** One row of the daily rollup. */
record RollupKey(LocalDate day, String squadCode, String stationCode, Dimension dim, String value)
		implements Comparable<RollupKey> {

	@Override
	public int compareTo(RollupKey o) {
		int c = dim.compareTo(o.dim);
		if (c == 0) {
			c = day.compareTo(o.day);
		}
		if (c == 0) {
			c = squadCode.compareTo(o.squadCode);
		}
		if (c == 0) {
			c = stationCode.compareTo(o.stationCode);
		}
		return c != 0 ? c : value.compareTo(o.value);
	}
}
