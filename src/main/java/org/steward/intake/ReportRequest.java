package org.steward.intake;

import org.jspecify.annotations.Nullable;

/**
 * A report as a client sends it, before any check. Every field is optional here so that the
 * policy can name each missing or bad one in a single answer instead of stopping at the first.
 *
 * @param joinCase the join code of an open case nearby, as {@code GET /api/v1/reports/nearby} offers it:
 *        the report then adds its voice to that case instead of opening a new one
 */
record ReportRequest(@Nullable String categoryCode, @Nullable String description, @Nullable LocationJson location,
		@Nullable String address, @Nullable String urgency, @Nullable ReporterJson reporter, @Nullable String joinCase) {

	/** A position in the client's coordinate system; {@code crs} defaults to WGS84. */
	record LocationJson(@Nullable Double lat, @Nullable Double lng, @Nullable String crs) {
	}

	/**
	 * A resident's optional contact. {@code updatesTo} (a mobile number or an e-mail address) opts in
	 * to messages about the case: received, officers on site, result, reopened.
	 */
	record ReporterJson(@Nullable String name, @Nullable String phone, @Nullable String updatesTo) {

		ReporterJson(@Nullable String name, @Nullable String phone) {
			this(name, phone, null);
		}
	}
}
