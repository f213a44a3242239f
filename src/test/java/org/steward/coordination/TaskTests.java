package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.steward.refusal.Refusal;

class TaskTests {

	private static final Instant T0 = Instant.parse("2026-11-26T14:00:00Z");

	private static Task task() {
		return new Task("410105-2026-000001", "FIRE_RESCUE", "MATRIX", "MATRIX", "yuantian", null, null, "410105",
				"dongfeng", "yuantian", "410105010001", "NORMAL", T0, T0.plus(Duration.ofMinutes(30)),
				T0.plus(Duration.ofHours(4)));
	}

	@Test
	void runsFromOpenThroughAcknowledgedAndInProgressToCompleted() {
		Task t = task();
		assertThat(t.runningDeadline()).isEqualTo(new Task.Deadline("ACKNOWLEDGE", T0.plus(Duration.ofMinutes(30))));
		t.acknowledge("liaison.fire_rescue", "消防联络员", T0.plusSeconds(60));
		assertThat(t.runningDeadline().name()).isEqualTo("HANDLE");
		t.progress();
		t.progress();
		t.complete("checked", T0.plusSeconds(600));
		assertThat(t.state).isEqualTo(TaskState.COMPLETED);
		assertThat(t.runningDeadline()).isNull();
	}

	@Test
	void rejectsCompletingATaskNobodyHasAcknowledged() {
		assertThatThrownBy(() -> task().complete("x", T0)).isInstanceOfSatisfying(Refusal.class, e -> {
			assertThat(e.kind()).isEqualTo(Refusal.Kind.ILLEGAL_MOVE);
			assertThat(e.code()).isEqualTo("coordination.refused.illegalMove");
			assertThat(e.properties()).containsEntry("currentState", "OPEN");
		});
	}

	@Test
	void aRefusedDeclineReturnsTheTaskToWhereItWas() {
		Task t = task();
		t.acknowledge("u", "n", T0);
		t.progress();
		t.requestDecline("not ours", "rule 1", T0);
		assertThat(t.state).isEqualTo(TaskState.DECLINE_REQUESTED);
		assertThat(t.state.isOpen()).isTrue();
		t.decideDecline(false, T0);
		assertThat(t.state).isEqualTo(TaskState.IN_PROGRESS);
		assertThat(t.declinesRefused).isEqualTo(1);
	}

	@Test
	void anApprovedDeclineEndsTheTask() {
		Task t = task();
		t.requestDecline("not ours", "rule 1", T0);
		t.decideDecline(true, T0);
		assertThat(t.state).isEqualTo(TaskState.DECLINED);
		assertThat(t.state.isOpen()).isFalse();
		assertThatThrownBy(() -> t.acknowledge("u", "n", T0)).isInstanceOf(Refusal.class);
	}

	@Test
	void rejectsADecisionWhenNoDeclineIsPending() {
		assertThatThrownBy(() -> task().decideDecline(true, T0)).isInstanceOf(Refusal.class);
	}
}
