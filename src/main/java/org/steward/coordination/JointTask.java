package org.steward.coordination;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A department's task on a joint case as the API, the liaison's queue and the joint board show it.
 *
 * @param origin MATRIX (the category names the department) or WHISTLE
 * @param runningDeadline ACKNOWLEDGE or HANDLE, null once the task has ended
 */
public record JointTask(long id, String caseNumber, String departmentCode, String departmentNameZh,
		String departmentNameEn, String origin, @Nullable String whistledBy, @Nullable String reason, TaskState state,
		Instant createdAt, Instant acknowledgeBy, Instant handleBy, @Nullable Instant acknowledgedAt,
		@Nullable String acknowledgedBy, @Nullable String acknowledgedByName, @Nullable Instant completedAt,
		@Nullable String result, @Nullable String declineReason, @Nullable String declineBasis, int declinesRefused,
		@Nullable String runningDeadline, @Nullable Instant dueAt, boolean overdue, int escalationLevel, int version,
		List<Step> steps) {

	/** One entry in the task's history, with the photos sent with it (type, size and SHA-256 of each). */
	public record Step(Instant at, String action, @Nullable String actor, @Nullable String actorName,
			@Nullable String notes, List<org.steward.cases.Evidence> photos) {

		public Step {
			photos = List.copyOf(photos);
		}
	}

	/** The department's progress reports on this task, oldest first. */
	public List<Step> progressSteps() {
		return steps.stream().filter(s -> "PROGRESS".equals(s.action())).toList();
	}

	/** Every photo the department sent on this task, oldest first. */
	public List<org.steward.cases.Evidence> photos() {
		return steps.stream().flatMap(s -> s.photos().stream()).toList();
	}

	public String departmentName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? departmentNameEn : departmentNameZh;
	}
}
