package org.steward.analytics;

/** The groupings indicators are shown by; each is named in the bundles as {@code analytics.dim.<name>}. */
enum Dimension {
	DISTRICT, SQUAD, STATION, DEPARTMENT, CATEGORY, COMMUNITY, GRID, OFFICER;

	/** The fact table's column holding this grouping's value. */
	String factColumn() {
		return switch (this) {
			case DISTRICT -> "district_code";
			case SQUAD -> "squad_code";
			case STATION -> "station_code";
			case DEPARTMENT -> "department";
			case CATEGORY -> "category_code";
			case COMMUNITY -> "community_code";
			case GRID -> "grid_code";
			case OFFICER -> "officer";
		};
	}
}
