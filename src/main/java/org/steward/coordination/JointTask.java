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

	/** One entry in the task's history. */
	public record Step(Instant at, String action, @Nullable String actor, @Nullable String actorName,
			@Nullable String notes) {
	}

	public String departmentName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? departmentNameEn : departmentNameZh;
	}
}
