package org.steward.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.catalog.Urgency;
import org.steward.territory.GeoPoint;

/**
 * A validated report, ready to become a case: everything intake has checked and stored.
 *
 * @param reportId intake's id of the report (one case per report; registering the same id
 *        twice returns the first case)
 * @param location WGS-84
 * @param submittedBy username of the signed-in reporter, null for a resident
 * @param photos evidence already stored by intake
 */
public record NewReport(long reportId, Channel channel, String categoryCode, String description, GeoPoint location,
		@Nullable String address, Urgency urgency, @Nullable Reporter reporter, @Nullable String submittedBy,
		List<Evidence> photos, Instant receivedAt) {

	public NewReport {
		photos = List.copyOf(photos);
	}

	/** A resident's optional contact. The phone is shown masked to everyone but the command centre. */
	public record Reporter(@Nullable String name, @Nullable String phone) {
	}
}
