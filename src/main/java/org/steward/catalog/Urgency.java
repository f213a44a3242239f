package org.steward.catalog;

/** How urgent a problem is; each category has its own limits for each level. */
public enum Urgency {
	NORMAL,
	URGENT,
	VERY_URGENT
}
