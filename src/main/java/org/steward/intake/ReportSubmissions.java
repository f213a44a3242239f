package org.steward.intake;

import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseStatus;
import org.steward.cases.Channel;
import org.steward.cases.TrackingCode;

/**
 * Intake's facade for other modules: submits a report exactly as the report, whistle and
 * patrol pages do — the same checks, duplicate offer, idempotency and registration of its case
 * in one transaction. Used by the demo seeder, so seeded cases are real reports.
 */
public interface ReportSubmissions {

	/**
	 * @throws org.steward.refusal.Refusal invalid naming every bad field (nothing is stored), or from the
	 *         cases module when the case to join refuses a supporter
	 */
	Submitted submit(Submission submission);

	/**
	 * A report with photos, judged and kept exactly as the report page's uploads are.
	 *
	 * @throws org.steward.refusal.Refusal as {@link #submit(Submission)}, and invalid for a photo that is not one
	 */
	Submitted submit(Submission submission, java.util.List<Photo> photos);

	/** A photo as a channel received it; its type is read from its bytes, the claimed one only recorded. */
	record Photo(@Nullable String fileName, @Nullable String declaredType, byte[] bytes) {
	}

	/**
	 * A report from a channel. {@code joinCase} (the number of an open case nearby, or its join code
	 * offered) adds this report's voice to that case ("me too") instead of opening a new one;
	 * {@code idempotencyKey} makes a repeated submission answer the first one unchanged.
	 */
	record Submission(Channel channel, @Nullable String submittedBy, String categoryCode, String description,
			double lat, double lng, @Nullable String address, @Nullable String urgency, @Nullable String reporterName,
			@Nullable String reporterPhone, @Nullable String joinCase, @Nullable String idempotencyKey) {
	}

	/** The case the report opened or joined. */
	record Submitted(CaseNumber caseNumber, TrackingCode trackingCode, CaseStatus status, boolean joined,
			boolean replayed) {
	}
}
