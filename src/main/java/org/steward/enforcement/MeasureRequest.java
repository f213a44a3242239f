package org.steward.enforcement;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A measure as an officer records it. {@code reason} is required when the type differs from the
 * suggestion; {@code agreement} and {@code signedBy} for a mediation; {@code deadline} for a
 * correction order; {@code major} marks a penalty case that needs legal review.
 */
public record MeasureRequest(@Nullable String type, @Nullable Long partyId, @Nullable String notes,
		@Nullable List<String> officers, @Nullable Instant deadline, @Nullable String reason, @Nullable String agreement,
		@Nullable String signedBy, @Nullable Boolean major) {
}
