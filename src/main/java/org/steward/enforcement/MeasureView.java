package org.steward.enforcement;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A recorded measure as the API shows it; {@code documentUrl} where the measure produced a document. */
public record MeasureView(long id, String caseNumber, long partyId, MeasureType type, String categoryCode,
		@Nullable String notes, List<String> officers, @Nullable Instant deadline, MeasureType suggestedType,
		@Nullable String deviationReason, @Nullable String agreement, @Nullable String signedBy, @Nullable String outcome,
		@Nullable String documentNumber, @Nullable String documentUrl, @Nullable String pdfUrl, String recordedBy,
		Instant recordedAt, boolean legalReviewRequired, @Nullable Instant decideBy) {
}
