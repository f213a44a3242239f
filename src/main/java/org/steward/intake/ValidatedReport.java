package org.steward.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.catalog.Urgency;
import org.steward.territory.Crs;
import org.steward.territory.GeoPoint;

/**
 * A report that passed every check: WGS-84 location (from the client or a photo's EXIF),
 * parsed urgency, photos typed from their content.
 */
record ValidatedReport(String categoryCode, String description, GeoPoint location, LocationSource locationSource,
		@Nullable Crs originalCrs, @Nullable String address, Urgency urgency, @Nullable String reporterName,
		@Nullable String reporterPhone, @Nullable String joinCase, List<InspectedPhoto> photos, @Nullable String updatesTo) {

	ValidatedReport {
		photos = List.copyOf(photos);
	}

	enum LocationSource {
		CLIENT, EXIF
	}

	/** A photo whose type was read from its bytes. */
	record InspectedPhoto(byte[] bytes, String contentType, String sha256, @Nullable GeoPoint gps) {

		long size() {
			return bytes.length;
		}
	}
}
