package org.steward.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A case as its detail page and API show it to one viewer: the reporter's phone is masked
 * (138****5678) for everyone but the command centre; {@code allowedActions} are the actions
 * this viewer may take now, and only those. {@code transferredTo} and {@code transferReason} say where a
 * transferred (转办) case went and why.
 */
public record CaseDetail(CaseSummary summary, Channel channel, String description, @Nullable String reporterName,
		@Nullable String reporterPhone, @Nullable String assignedOfficer, List<Evidence> photos,
		List<TimelineEntry> timeline, Set<CaseAction> allowedActions, Timings timings, int reworkCount,
		@Nullable String escalatedTo, @Nullable String escalationReason, @Nullable Instant extensionRequestedUntil,
		@Nullable CaseNumber mergedInto, @Nullable Rating rating, @Nullable String ratingComment,
		@Nullable String transferredTo, @Nullable String transferReason) {

	public CaseDetail {
		photos = List.copyOf(photos);
		timeline = List.copyOf(timeline);
		allowedActions = Set.copyOf(allowedActions);
	}

	/** What the direct route saves (S3): time from report to acknowledgement, arrival and close. */
	public record Timings(Instant reportedAt, @Nullable Instant acknowledgedAt, @Nullable Instant arrivedAt,
			@Nullable Instant handledAt, @Nullable Instant closedAt) {

		public @Nullable Duration toAcknowledgement() {
			return acknowledgedAt == null ? null : Duration.between(reportedAt, acknowledgedAt);
		}

		public @Nullable Duration toArrival() {
			return arrivedAt == null ? null : Duration.between(reportedAt, arrivedAt);
		}

		public @Nullable Duration toClose() {
			return closedAt == null ? null : Duration.between(reportedAt, closedAt);
		}
	}
}
