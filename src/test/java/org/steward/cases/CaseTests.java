package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.refusal.Refusal;
import org.steward.catalog.CategoryRulesId;
import org.steward.catalog.Urgency;
import org.steward.territory.GeoPoint;

class CaseTests {

	static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

	static final Case.Actor OFFICER = new Case.Actor("officer.yuantian1", "李强");

	static final GeoPoint SPOT = new GeoPoint(34.7985, 113.6830);

	static Case dispatched() {
		Case c = new Case();
		c.id = 1L;
		c.number = new CaseNumber("410105-2026-000001");
		c.trackingCode = new TrackingCode("ABCDEFGH23");
		c.status = CaseStatus.DISPATCHED;
		c.categoryCode = "0502";
		c.rulesId = new CategoryRulesId(1);
		c.leadDepartment = "URBAN_MANAGEMENT";
		c.urgency = Urgency.NORMAL;
		c.location = SPOT;
		c.districtCode = "410105";
		c.stationCode = "yuantian";
		c.squadCode = "dongfeng";
		c.channel = Channel.PUBLIC;
		c.description = "vendor";
		c.reportedAt = T0;
		c.createdAt = T0;
		c.acknowledgeBy = T0.plus(Duration.ofMinutes(30));
		c.handleBy = T0.plus(Duration.ofHours(4));
		return c;
	}

	static Case inStatus(CaseStatus status) {
		Case c = dispatched();
		switch (status) {
			case DISPATCHED -> {
			}
			case ACKNOWLEDGED -> c.acknowledge(OFFICER, null, T0);
			case ON_SITE -> {
				c.acknowledge(OFFICER, null, T0);
				c.arrive(OFFICER, SPOT, null, List.of(), T0);
			}
			case HANDLED -> {
				c.acknowledge(OFFICER, null, T0);
				c.arrive(OFFICER, SPOT, null, List.of(), T0);
				c.handle(OFFICER, "vendor moved on", null, SPOT, List.of(), T0);
			}
			case CLOSED -> {
				c.acknowledge(OFFICER, null, T0);
				c.arrive(OFFICER, SPOT, null, List.of(), T0);
				c.handle(OFFICER, "vendor moved on", null, SPOT, List.of(), T0);
				c.verify(OFFICER, true, null, T0);
			}
			case REJECTED -> c.reject(OFFICER, "not a problem", T0);
			case MERGED -> c.mergeInto(OFFICER, other(), T0);
			case ESCALATED -> c.escalate(OFFICER, Case.SQUAD, "needs the squad", T0);
			case TRANSFERRED -> c.transfer(OFFICER, "供电公司", "not ours", T0);
		}
		c.newSteps.clear();
		return c;
	}

	static Case other() {
		Case o = dispatched();
		o.id = 2L;
		o.number = new CaseNumber("410105-2026-000002");
		return o;
	}

	@Test
	void followsTheWholeLoopFromDispatchToClose() {
		Case c = dispatched();
		c.acknowledge(OFFICER, "on my way", T0.plusSeconds(60));
		assertThat(c.status).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(c.acknowledgedAt).isEqualTo(T0.plusSeconds(60));
		c.arrive(OFFICER, SPOT, null, List.of(), T0.plusSeconds(600));
		assertThat(c.status).isEqualTo(CaseStatus.ON_SITE);
		assertThat(c.arrivedAt).isEqualTo(T0.plusSeconds(600));
		c.handle(OFFICER, "stall removed", "talked to the vendor",
				SPOT, List.of(new Evidence("p1", "image/jpeg", "a".repeat(64), 10)), T0.plusSeconds(1200));
		assertThat(c.status).isEqualTo(CaseStatus.HANDLED);
		assertThat(c.handleResult).isEqualTo("stall removed");
		c.verify(OFFICER, true, "checked", T0.plusSeconds(1800));
		assertThat(c.status).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.closedAt).isEqualTo(T0.plusSeconds(1800));
		assertThat(c.newSteps).extracting(Case.Step::to)
			.containsExactly(CaseStatus.ACKNOWLEDGED, CaseStatus.ON_SITE, CaseStatus.HANDLED, CaseStatus.CLOSED);
		assertThat(c.newSteps.get(2).evidence()).hasSize(1);
		assertThat(c.newSteps.get(0).from()).isEqualTo(CaseStatus.DISPATCHED);
	}

	@Test
	void failedVerificationSendsTheCaseBackForRework() {
		Case c = inStatus(CaseStatus.HANDLED);
		c.verify(OFFICER, false, "stall is back", T0);
		assertThat(c.status).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(c.reworkCount).isEqualTo(1);
		assertThat(c.newSteps.getLast().action()).isEqualTo(CaseStep.REWORK);
	}

	@Test
	void allowsExactlyTheLifecycleMovesInEachStatus() {
		assertThat(inStatus(CaseStatus.DISPATCHED).possibleActions()).containsExactlyInAnyOrder(CaseAction.ACKNOWLEDGE,
				CaseAction.ESCALATE, CaseAction.REASSIGN, CaseAction.REJECT, CaseAction.MERGE, CaseAction.EXTEND,
				CaseAction.TRANSFER);
		assertThat(inStatus(CaseStatus.ACKNOWLEDGED).possibleActions()).containsExactlyInAnyOrder(CaseAction.ARRIVE,
				CaseAction.ESCALATE, CaseAction.REASSIGN, CaseAction.REJECT, CaseAction.MERGE, CaseAction.EXTEND,
				CaseAction.TRANSFER);
		assertThat(inStatus(CaseStatus.ON_SITE).possibleActions()).containsExactlyInAnyOrder(CaseAction.HANDLE,
				CaseAction.ESCALATE, CaseAction.REASSIGN, CaseAction.MERGE, CaseAction.EXTEND, CaseAction.TRANSFER);
		assertThat(inStatus(CaseStatus.HANDLED).possibleActions()).containsExactly(CaseAction.VERIFY);
		assertThat(inStatus(CaseStatus.CLOSED).possibleActions()).isEmpty();
		assertThat(inStatus(CaseStatus.REJECTED).possibleActions()).isEmpty();
		assertThat(inStatus(CaseStatus.MERGED).possibleActions()).isEmpty();
		assertThat(inStatus(CaseStatus.TRANSFERRED).possibleActions()).isEmpty();
		assertThat(inStatus(CaseStatus.ESCALATED).possibleActions()).containsExactlyInAnyOrder(CaseAction.REASSIGN,
				CaseAction.REJECT, CaseAction.MERGE, CaseAction.TRANSFER);
	}

	@Test
	void refusesEveryMoveTheStatusDoesNotAllowNamingStatusAndAllowedActions() {
		for (CaseStatus status : CaseStatus.values()) {
			for (CaseAction action : CaseAction.values()) {
				Case c = inStatus(status);
				if (c.possibleActions().contains(action)) {
					continue;
				}
				assertThatThrownBy(() -> perform(c, action)).as("%s in %s", action, status)
					.isInstanceOfSatisfying(Refusal.class, ex -> {
						assertThat(ex.kind()).isEqualTo(Refusal.Kind.ILLEGAL_MOVE);
						assertThat(ex.code()).isEqualTo("cases.refused.illegalMove");
						assertThat(ex.properties().get("currentStatus")).isEqualTo(status);
						assertThat(ex.properties().get("allowedActions"))
							.isEqualTo(c.possibleActions().stream().sorted().map(CaseAction::name).toList());
					});
				assertThat(c.status).isEqualTo(status);
			}
		}
	}

	@Test
	void performsEveryMoveTheStatusAllows() {
		for (CaseStatus status : CaseStatus.values()) {
			for (CaseAction action : inStatus(status).possibleActions()) {
				Case c = inStatus(status);
				perform(c, action);
				assertThat(c.newSteps).as("%s in %s", action, status).isNotEmpty();
			}
		}
	}

	@Test
	void transfersOutToANamedBodyAndLeavesTheQueueForGood() {
		Case c = inStatus(CaseStatus.ACKNOWLEDGED);
		c.transfer(OFFICER, "  供电公司 ", "电力设施归供电公司", T0);
		assertThat(c.status).isEqualTo(CaseStatus.TRANSFERRED);
		assertThat(c.isOpen()).isFalse();
		assertThat(c.transferredTo).isEqualTo("供电公司");
		assertThat(c.newSteps.getLast().note()).isEqualTo(
				TimelineNote.of(TimelineNote.Code.TRANSFERRED, "供电公司").withText("电力设施归供电公司"));
		assertThat(c.newSteps.getLast().from()).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThatThrownBy(() -> c.transfer(OFFICER, "燃气公司", "again", T0)).isInstanceOf(Refusal.class);
	}

	@Test
	void rejectsWithItsReason() {
		Case c = inStatus(CaseStatus.ACKNOWLEDGED);
		c.reject(OFFICER, "duplicate of a private dispute", T0);
		assertThat(c.status).isEqualTo(CaseStatus.REJECTED);
		assertThat(c.rejectReason).isEqualTo("duplicate of a private dispute");
	}

	@Test
	void escalatesOnlyToTheSquadOrTheCommandCentre() {
		Case c = inStatus(CaseStatus.ON_SITE);
		assertThatThrownBy(() -> c.escalate(OFFICER, "MAYOR", "why not", T0)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fields()).extracting(Refusal.FieldError::field).containsExactly("target"));
		c.escalate(OFFICER, Case.COMMAND_CENTRE, "needs the fire brigade", T0);
		assertThat(c.status).isEqualTo(CaseStatus.ESCALATED);
		assertThat(c.escalatedTo).isEqualTo(Case.COMMAND_CENTRE);
		assertThat(c.escalationReason).isEqualTo("needs the fire brigade");
	}

	@Test
	void reassigningDispatchesAgainWithNewDeadlines() {
		Case c = inStatus(CaseStatus.ESCALATED);
		Instant ack = T0.plus(Duration.ofHours(1));
		Instant handle = T0.plus(Duration.ofHours(9));
		c.reassign(OFFICER, new Case.Assignment("guanhutun", "dongfeng", "41010500201", "刘洋", ack, handle), "theirs", T0);
		assertThat(c.status).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(c.stationCode).isEqualTo("guanhutun");
		assertThat(c.assignedOfficerName).isEqualTo("刘洋");
		assertThat(c.acknowledgeBy).isEqualTo(ack);
		assertThat(c.handleBy).isEqualTo(handle);
		assertThat(c.escalatedTo).isNull();
		assertThat(c.deadlinesRenewed).isTrue();
	}

	@Test
	void mergingHandsTheSupportersToTheTargetAndRecordsBothSides() {
		Case duplicate = inStatus(CaseStatus.DISPATCHED);
		duplicate.supporters = 2;
		Case target = other();
		duplicate.mergeInto(OFFICER, target, T0);
		assertThat(duplicate.status).isEqualTo(CaseStatus.MERGED);
		assertThat(duplicate.mergedInto).isEqualTo(target.number);
		assertThat(target.supporters).isEqualTo(3);
		assertThat(target.newSteps).extracting(Case.Step::action).containsExactly(CaseStep.MERGED_FROM);
	}

	@Test
	void eachStepQueuesOneEventThatCarriesItsFactsAndTheActorsDisplayName() {
		Case duplicate = inStatus(CaseStatus.DISPATCHED);
		Case target = other();
		duplicate.mergeInto(OFFICER, target, T0);
		CaseSummary any = org.steward.cases.web.CaseSamples.summary("410105-2026-000001", CaseStatus.MERGED, "yuantian",
				T0);
		assertThat(duplicate.newEvents).singleElement()
			.satisfies(p -> assertThat(p.with(duplicate.number, any)).isInstanceOfSatisfying(CaseMerged.class, e -> {
				assertThat(e.into()).isEqualTo(target.number);
				assertThat(e.actor()).isEqualTo(OFFICER.displayName());
				assertThat(e.note().code()).isEqualTo(TimelineNote.Code.MERGED_INTO);
			}));
		assertThat(target.newEvents).singleElement()
			.satisfies(p -> assertThat(p.with(target.number, any)).isInstanceOfSatisfying(CaseMergedFrom.class,
					e -> assertThat(e.from()).isEqualTo(duplicate.number)));
	}

	@Test
	void refusesToMergeIntoItselfOrIntoAFinishedCase() {
		Case c = inStatus(CaseStatus.DISPATCHED);
		assertThatThrownBy(() -> c.mergeInto(OFFICER, c, T0)).isInstanceOf(Refusal.class);
		Case closed = inStatus(CaseStatus.CLOSED);
		closed.number = new CaseNumber("410105-2026-000009");
		assertThatThrownBy(() -> c.mergeInto(OFFICER, closed, T0)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.kind()).isEqualTo(Refusal.Kind.INVALID));
		assertThat(c.status).isEqualTo(CaseStatus.DISPATCHED);
	}

	@Test
	void approvedExtensionMovesTheHandlingDeadlineAndRefusalKeepsIt() {
		Case c = inStatus(CaseStatus.ACKNOWLEDGED);
		Instant original = c.handleBy;
		Instant until = original.plus(Duration.ofDays(3));
		c.requestExtension(OFFICER, 2, "owner abroad", until, T0);
		assertThat(c.extensionRequestedUntil).isEqualTo(until);
		assertThat(c.possibleActions()).contains(CaseAction.APPROVE_EXTENSION).doesNotContain(CaseAction.EXTEND);
		c.decideExtension(OFFICER, false, "no", T0);
		assertThat(c.handleBy).isEqualTo(original);
		assertThat(c.extensionRequestedUntil).isNull();
		c.requestExtension(OFFICER, 2, "owner abroad", until, T0);
		c.decideExtension(OFFICER, true, null, T0);
		assertThat(c.handleBy).isEqualTo(until);
		assertThat(c.deadlinesRenewed).isTrue();
	}

	@Test
	void acceptsOneRatingOfAClosedCaseOnly() {
		Case open = inStatus(CaseStatus.HANDLED);
		assertThatThrownBy(() -> open.rate(Rating.SATISFIED, null, T0)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.kind()).isEqualTo(Refusal.Kind.ILLEGAL_MOVE));
		Case closed = inStatus(CaseStatus.CLOSED);
		closed.rate(Rating.SATISFIED, "quick", T0);
		assertThat(closed.rating).isEqualTo(Rating.SATISFIED);
		assertThat(closed.reviewPending).isFalse();
		assertThatThrownBy(() -> closed.rate(Rating.DISSATISFIED, null, T0)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.kind()).isEqualTo(Refusal.Kind.ILLEGAL_MOVE));
	}

	@Test
	void dissatisfiedRatingAsksForAReviewThatMayReopenTheCase() {
		Case c = inStatus(CaseStatus.CLOSED);
		c.rate(Rating.DISSATISFIED, "still there", T0);
		assertThat(c.status).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.reviewPending).isTrue();
		assertThat(c.possibleActions()).containsExactly(CaseAction.REVIEW);
		Instant newHandleBy = T0.plus(Duration.ofHours(8));
		c.review(OFFICER, false, "indeed", new Case.Assignment("yuantian", "dongfeng", null, null, null, newHandleBy), T0);
		assertThat(c.status).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(c.reworkCount).isEqualTo(1);
		assertThat(c.closedAt).isNull();
		assertThat(c.handleBy).isEqualTo(newHandleBy);
		assertThat(c.reviewPending).isFalse();
	}

	@Test
	void passedReviewKeepsTheCaseClosed() {
		Case c = inStatus(CaseStatus.CLOSED);
		c.rate(Rating.DISSATISFIED, null, T0);
		c.review(OFFICER, true, "was fixed", new Case.Assignment(null, null, null, null, null, null), T0);
		assertThat(c.status).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.reviewPending).isFalse();
		assertThat(c.possibleActions()).isEmpty();
	}

	@Test
	void isOverdueByTheAcknowledgementDeadlineWhileDispatchedThenByTheHandlingDeadline() {
		Case c = dispatched();
		assertThat(c.isOverdue(T0.plus(Duration.ofMinutes(29)))).isFalse();
		assertThat(c.isOverdue(T0.plus(Duration.ofMinutes(31)))).isTrue();
		c.acknowledge(OFFICER, null, T0.plus(Duration.ofMinutes(31)));
		assertThat(c.isOverdue(T0.plus(Duration.ofMinutes(40)))).isFalse();
		assertThat(c.isOverdue(T0.plus(Duration.ofHours(5)))).isTrue();
		assertThat(inStatus(CaseStatus.CLOSED).isOverdue(T0.plus(Duration.ofDays(9)))).isFalse();
	}

	private static void perform(Case c, CaseAction action) {
		switch (action) {
			case ACKNOWLEDGE -> c.acknowledge(OFFICER, null, T0);
			case ARRIVE -> c.arrive(OFFICER, SPOT, null, List.of(), T0);
			case HANDLE -> c.handle(OFFICER, "done", null, null, List.of(), T0);
			case VERIFY -> c.verify(OFFICER, true, null, T0);
			case REJECT -> c.reject(OFFICER, "no", T0);
			case ESCALATE -> c.escalate(OFFICER, Case.SQUAD, "help", T0);
			case REASSIGN -> c.reassign(OFFICER,
					new Case.Assignment("guanhutun", "dongfeng", null, null, T0, T0.plusSeconds(3600)), "theirs", T0);
			case MERGE -> c.mergeInto(OFFICER, other(), T0);
			case EXTEND -> c.requestExtension(OFFICER, 1, "more time", T0.plusSeconds(86400), T0);
			case APPROVE_EXTENSION -> c.decideExtension(OFFICER, true, null, T0);
			case REVIEW -> c.review(OFFICER, true, null, new Case.Assignment(null, null, null, null, null, null), T0);
			case TRANSFER -> c.transfer(OFFICER, "供电公司", "电力设施", T0);
		}
	}
}
