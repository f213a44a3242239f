package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What registering a report answers: the case's number and tracking code, where it was
 * routed and its deadlines. {@code grid} and {@code station} are null for a report outside
 * the service area (its case waits in the command centre's queue, status ESCALATED).
 */
public record RegisteredCase(CaseNumber caseNumber, TrackingCode trackingCode, CaseStatus status,
		@Nullable Area grid, @Nullable Area station, @Nullable Instant acknowledgeBy, @Nullable Instant handleBy,
		boolean alreadyRegistered) {

	/** A code with its Chinese and English names. */
	public record Area(String code, String nameZh, String nameEn) {
	}
}
