package org.steward.cases;

/** How a report reached Steward. */
public enum Channel {
	/** The public report page; no account. */
	PUBLIC,
	/** Community staff or a grid worker blowing the whistle (吹哨). */
	WHISTLE,
	/** An officer's own finding on patrol. */
	PATROL,
	/** Another system through the API. */
	API,
	/** Raised by the platform's own early warning and taken on by staff before anyone complained (主动发现, 未诉先办). */
	PROACTIVE,
	/** A city-reporting app through Open311 GeoReport v2. */
	OPEN311
}
