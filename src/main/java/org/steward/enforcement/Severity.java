package org.steward.enforcement;

/** The severity grades of the discretion benchmark (裁量基准), lightest first: the order matters. */
public enum Severity {
	MINOR, GENERAL, SERIOUS
}
