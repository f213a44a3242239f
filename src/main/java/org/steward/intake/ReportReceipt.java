package org.steward.intake;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseStatus;
import org.steward.cases.Cases;
import org.steward.cases.RegisteredCase;
import org.steward.cases.TrackingCode;

/**
 * What a reporter is told about a submitted report: the case it opened or joined, where it was routed,
 * its deadlines and the open cases of the same problem nearby. Never the reporter's own contact
 * details. The report pages and the facade read it as it is; only the API writes it as JSON.
 *
 * @param grid null for a report outside the service area (its case waits in the command centre's queue)
 * @param duplicates other open cases of the category nearby
 * @param joined the report added its voice to an open case instead of opening one
 */
record ReportReceipt(CaseNumber caseNumber, TrackingCode trackingCode, CaseStatus status, @Nullable Area grid,
		@Nullable Area station, Deadlines deadlines, List<Duplicate> duplicates, boolean joined) {

	ReportReceipt {
		duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
		deadlines = deadlines == null ? new Deadlines(null, null) : deadlines;
	}

	/**
	 * At most this many duplicates, the nearest: the receipt is stored as the answer to an
	 * {@code Idempotency-Key} in a bounded column, and a reporter reads a short list, not every open case
	 * of a busy spot.
	 */
	static final int MAX_DUPLICATES = 10;

	static ReportReceipt of(RegisteredCase registered, List<Cases.NearbyCase> duplicates, boolean joined) {
		return new ReportReceipt(registered.caseNumber(), registered.trackingCode(), registered.status(),
				Area.of(registered.grid()), Area.of(registered.station()),
				new Deadlines(registered.acknowledgeBy(), registered.handleBy()),
				duplicates.stream()
					.sorted(java.util.Comparator.comparingDouble(Cases.NearbyCase::distanceMetres))
					.limit(MAX_DUPLICATES)
					.map(Duplicate::of)
					.toList(),
				joined);
	}

	/** A grid or station: its code and names. */
	record Area(String code, String nameZh, String nameEn) {

		static @Nullable Area of(RegisteredCase.@Nullable Area area) {
			return area == null ? null : new Area(area.code(), area.nameZh(), area.nameEn());
		}

		String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}
	}

	/** When the station must acknowledge and handle the case; null while it waits in a queue above. */
	record Deadlines(@Nullable Instant acknowledgeBy, @Nullable Instant handleBy) {
	}

	/**
	 * An open case of the same problem nearby: the "add your voice" offer. It names the case by its
	 * join code (send it as {@code joinCase}), never by its reporter's tracking code or its number.
	 */
	record Duplicate(String joinCode, CaseStatus status, double distanceMetres, int supporters,
			Instant registeredAt) {

		static Duplicate of(Cases.NearbyCase nearby) {
			return new Duplicate(nearby.joinCode(), nearby.status(), Math.round(nearby.distanceMetres() * 10) / 10.0,
					nearby.supporters(), nearby.registeredAt());
		}
	}
}
