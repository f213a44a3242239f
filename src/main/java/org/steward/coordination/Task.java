package org.steward.coordination;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One department's part of a joint case. The transition methods are the rules: each rejects a
 * move its state does not allow with {@link TaskRefusals#illegalMove}.
 */
class Task {

	long id;

	String caseNumber;

	String departmentCode;

	String origin;

	String whistlerKind;

	@Nullable String whistlerCode;

	@Nullable String whistledBy;

	@Nullable String reason;

	String districtCode;

	@Nullable String squadCode;

	@Nullable String stationCode;

	@Nullable String communityCode;

	String urgency;

	TaskState state = TaskState.OPEN;

	@Nullable TaskState stateBeforeDecline;

	Instant createdAt;

	Instant acknowledgeBy;

	Instant handleBy;

	@Nullable Instant acknowledgedAt;

	@Nullable String acknowledgedBy;

	@Nullable String acknowledgedByName;

	@Nullable Instant completedAt;

	@Nullable String result;

	@Nullable String declineReason;

	@Nullable String declineBasis;

	@Nullable Instant declineRequestedAt;

	int declinesRefused;

	@Nullable Instant declineApprovedAt;

	@Nullable Instant endedAt;

	int escalationLevel;

	int version;

	Task(String caseNumber, String departmentCode, String origin, String whistlerKind, @Nullable String whistlerCode,
			@Nullable String whistledBy, @Nullable String reason, String districtCode, @Nullable String squadCode,
			@Nullable String stationCode, @Nullable String communityCode, String urgency, Instant createdAt,
			Instant acknowledgeBy, Instant handleBy) {
		this.caseNumber = caseNumber;
		this.departmentCode = departmentCode;
		this.origin = origin;
		this.whistlerKind = whistlerKind;
		this.whistlerCode = whistlerCode;
		this.whistledBy = whistledBy;
		this.reason = reason;
		this.districtCode = districtCode;
		this.squadCode = squadCode;
		this.stationCode = stationCode;
		this.communityCode = communityCode;
		this.urgency = urgency;
		this.createdAt = createdAt;
		this.acknowledgeBy = acknowledgeBy;
		this.handleBy = handleBy;
	}

	void acknowledge(String username, String name, Instant now) {
		require("acknowledge", TaskState.OPEN);
		state = TaskState.ACKNOWLEDGED;
		acknowledgedAt = now;
		acknowledgedBy = username;
		acknowledgedByName = name;
	}

	void progress() {
		require("progress", TaskState.ACKNOWLEDGED, TaskState.IN_PROGRESS);
		state = TaskState.IN_PROGRESS;
	}

	void complete(String result, Instant now) {
		require("complete", TaskState.ACKNOWLEDGED, TaskState.IN_PROGRESS);
		state = TaskState.COMPLETED;
		this.result = result;
		completedAt = now;
		endedAt = now;
	}

	/** A department may say the task is not its responsibility at any open stage, citing the rule. */
	void requestDecline(String reason, String basis, Instant now) {
		require("decline", TaskState.OPEN, TaskState.ACKNOWLEDGED, TaskState.IN_PROGRESS);
		stateBeforeDecline = state;
		state = TaskState.DECLINE_REQUESTED;
		declineReason = reason;
		declineBasis = basis;
		declineRequestedAt = now;
	}

	void decideDecline(boolean approve, Instant now) {
		require("decideDecline", TaskState.DECLINE_REQUESTED);
		if (approve) {
			state = TaskState.DECLINED;
			declineApprovedAt = now;
			endedAt = now;
		}
		else {
			state = stateBeforeDecline == null ? TaskState.OPEN : stateBeforeDecline;
			declinesRefused++;
		}
		stateBeforeDecline = null;
	}

	/** Which deadline is running now: the acknowledgement until 报到, then the handling deadline; none once ended. */
	@Nullable Deadline runningDeadline() {
		if (!state.isOpen()) {
			return null;
		}
		if (acknowledgedAt == null) {
			return new Deadline("ACKNOWLEDGE", acknowledgeBy);
		}
		return new Deadline("HANDLE", handleBy);
	}

	record Deadline(String name, Instant dueAt) {
	}

	private void require(String action, TaskState... allowed) {
		for (TaskState s : allowed) {
			if (state == s) {
				return;
			}
		}
		throw TaskRefusals.illegalMove(action, state);
	}
}
