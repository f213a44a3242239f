package org.steward.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.enforcement.Severity;
import org.steward.refusal.Refusal;

class PenaltyCaseTests {

	static final Instant FILED = Instant.parse("2026-03-02T01:00:00Z");

	static final PenaltyCase.Benchmark GENERAL = new PenaltyCase.Benchmark(new BigDecimal("50"), new BigDecimal("200"), false);

	static final BigDecimal MAJOR_AMOUNT = new BigDecimal("10000");

	/** Filed and its filing approved, so the investigation may propose. */
	static PenaltyCase filed(boolean major) {
		PenaltyCase p = new PenaltyCase(7, "410105-2026-000007", "0503", FILED, major);
		p.approveFiling("squad.dongfeng", FILED);
		return p;
	}

	/** The prior notice served at {@code at}: three days to state, five to request a hearing when it has the right. */
	static void notified(PenaltyCase p, Instant at, boolean hearingRight) {
		p.notify("officer.yuantian1", at, at.plus(Duration.ofDays(3)), hearingRight, at.plus(Duration.ofDays(5)), at);
	}

	static String code(Runnable step) {
		try {
			step.run();
			return "";
		}
		catch (Refusal refused) {
			return refused.code();
		}
	}

	static List<String> problems(Runnable step) {
		try {
			step.run();
			return List.of();
		}
		catch (Refusal refused) {
			assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
			return refused.fields().stream().map(Refusal.FieldError::field).toList();
		}
	}

	@Test
	void refusesAProposalWithoutEvidenceOutsideTheBenchmarkOrWithoutFacts() {
		PenaltyCase p = filed(false);
		assertThat(problems(() -> p.propose(Severity.GENERAL, new BigDecimal("200"), "事实", 0, GENERAL, MAJOR_AMOUNT)))
			.containsExactly("evidence");
		assertThat(problems(() -> p.propose(Severity.GENERAL, new BigDecimal("201"), "事实", 1, GENERAL, MAJOR_AMOUNT)))
			.containsExactly("amount");
		assertThat(problems(() -> p.propose(Severity.GENERAL, new BigDecimal("49.99"), " ", 1, GENERAL, MAJOR_AMOUNT)))
			.containsExactly("amount", "facts");
		assertThat(problems(() -> p.propose(Severity.SERIOUS, new BigDecimal("300"), "事实", 1, null, MAJOR_AMOUNT)))
			.containsExactly("severity");
		assertThat(problems(() -> p.propose(null, null, "事实", 1, null, MAJOR_AMOUNT))).containsExactly("severity", "amount");
		assertThat(p.stage).isEqualTo(PenaltyCase.Stage.APPROVED);
	}

	@Test
	void noProposalBeforeTheFilingIsApproved() {
		PenaltyCase p = new PenaltyCase(7, "410105-2026-000007", "0503", FILED, false);
		assertThat(code(() -> p.propose(Severity.GENERAL, new BigDecimal("100"), "事实", 1, GENERAL, MAJOR_AMOUNT)))
			.isEqualTo("enforcement.refused.penalty.filingNotApproved");
		p.approveFiling("squad.dongfeng", FILED);
		assertThat(p.stage).isEqualTo(PenaltyCase.Stage.APPROVED);
		assertThat(code(() -> p.approveFiling("squad.dongfeng", FILED))).isEqualTo("enforcement.refused.penalty.filingApproved");
	}

	@Test
	void noDecisionWithoutThePriorNoticeNorInsideItsPeriodUnlessWaivedInWriting() {
		PenaltyCase p = filed(false);
		p.propose(Severity.GENERAL, new BigDecimal("200"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		assertThat(code(() -> p.decide("squad.dongfeng", false, FILED, 0, "—"))).isEqualTo("enforcement.refused.penalty.noNotice");
		Instant notice = FILED.plus(Duration.ofDays(2));
		notified(p, notice, false);
		assertThat(p.noticePeriodEnds()).isEqualTo(notice.plus(Duration.ofDays(3)));
		assertThat(code(() -> p.decide("squad.dongfeng", false, notice.plus(Duration.ofDays(1)), 0, "x")))
			.isEqualTo("enforcement.refused.penalty.noticePeriod");
		assertThat(code(() -> p.propose(Severity.GENERAL, new BigDecimal("100"), "改", 1, GENERAL, MAJOR_AMOUNT)))
			.isEqualTo("enforcement.refused.penalty.notified");
		// a statement must be answered before the decision
		p.receive(false, "我已经整改了", notice.plus(Duration.ofHours(5)), notice.plus(Duration.ofHours(6)));
		assertThat(code(() -> p.decide("squad.dongfeng", false, notice.plus(Duration.ofDays(4)), 1, "x")))
			.isEqualTo("enforcement.refused.penalty.statementUnanswered");
		// no hearing right below the threshold
		assertThat(code(() -> p.receive(true, "要求听证", notice.plus(Duration.ofHours(5)), notice.plus(Duration.ofHours(6)))))
			.isEqualTo("enforcement.refused.penalty.hearing.noRight");
		p.waive("当事人书面声明放弃陈述申辩权利", notice.plus(Duration.ofHours(7)), notice.plus(Duration.ofHours(8)));
		p.decide("squad.dongfeng", false, notice.plus(Duration.ofHours(9)), 0, "x");
		assertThat(p.stage).isEqualTo(PenaltyCase.Stage.DECIDED);
	}

	@Test
	void aHearingRequestedInTimeIsHeldBeforeTheDecisionALateOneIsRefused() {
		PenaltyCase p = filed(false);
		p.propose(Severity.GENERAL, new BigDecimal("200"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		Instant notice = FILED.plus(Duration.ofDays(1));
		notified(p, notice, true);
		assertThat(p.noticePeriodEnds()).isEqualTo(notice.plus(Duration.ofDays(5)));
		Instant late = notice.plus(Duration.ofDays(6));
		assertThat(code(() -> p.receive(true, "要求听证", late, late))).isEqualTo("enforcement.refused.penalty.hearing.late");
		Instant asked = notice.plus(Duration.ofDays(2));
		p.receive(true, "要求听证", asked, asked);
		assertThat(code(() -> p.decide("squad.dongfeng", false, notice.plus(Duration.ofDays(6)), 0, "x")))
			.isEqualTo("enforcement.refused.penalty.hearing.pending");
		Instant earliest = asked.plus(Duration.ofDays(7));
		assertThat(problems(() -> p.scheduleHearing(asked.plus(Duration.ofDays(3)), "执法大队听证室", earliest)))
			.containsExactly("hearingAt");
		p.scheduleHearing(earliest.plus(Duration.ofDays(1)), "执法大队听证室", earliest);
		assertThat(code(() -> p.holdHearing("听证笔录", asked))).isEqualTo("enforcement.refused.penalty.hearing.notYet");
		Instant held = earliest.plus(Duration.ofDays(1));
		p.holdHearing("当事人陈述意见已记录，维持拟处罚意见", held);
		p.decide("squad.dongfeng", false, held.plus(Duration.ofHours(1)), 0, "x");
		assertThat(p.stage).isEqualTo(PenaltyCase.Stage.DECIDED);
	}

	@Test
	void anOrdinaryDecisionIsIssuedWithoutReviewAndAMajorOneOnlyAfterItPasses() {
		PenaltyCase ordinary = filed(false);
		ordinary.propose(Severity.GENERAL, new BigDecimal("200"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		assertThat(ordinary.review).isEqualTo(PenaltyCase.Review.NOT_REQUIRED);
		notified(ordinary, FILED, false);
		ordinary.decide("squad.dongfeng", false, FILED.plus(Duration.ofDays(3)), 0, "x");
		assertThat(ordinary.stage).isEqualTo(PenaltyCase.Stage.DECIDED);

		PenaltyCase major = filed(true);
		major.propose(Severity.GENERAL, new BigDecimal("200"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		assertThat(major.review).isEqualTo(PenaltyCase.Review.REQUIRED);
		assertThatThrownBy(() -> major.review(true, "同意", "officer.yuantian1", List.of("officer.yuantian1")))
			.isInstanceOf(Refusal.class);
		major.review(false, "证据不足，补充询问笔录", "command", List.of("officer.yuantian1"));
		assertThat(code(() -> notified(major, FILED, false))).isEqualTo("enforcement.refused.penalty.reviseFirst");
		major.propose(Severity.GENERAL, new BigDecimal("150"), "事实及补充的询问笔录", 2, GENERAL, MAJOR_AMOUNT);
		assertThat(major.review).isEqualTo(PenaltyCase.Review.REQUIRED); // a revised proposal is reviewed again
		notified(major, FILED, false);
		assertThat(code(() -> major.decide("squad.dongfeng", false, FILED.plus(Duration.ofDays(4)), 0, "x")))
			.isEqualTo("enforcement.refused.penalty.reviewFirst");
		major.review(true, "同意", "command", List.of("officer.yuantian1"));
		major.decide("squad.dongfeng", true, FILED.plus(Duration.ofDays(10)), 0, "x");
		assertThat(major.disclose).isTrue();
		assertThatThrownBy(() -> major.propose(Severity.GENERAL, new BigDecimal("100"), "x", 2, GENERAL, MAJOR_AMOUNT))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void aBenchmarkGradeMarkedMajorOrALargeAmountNeedsReview() {
		PenaltyCase byGrade = filed(false);
		byGrade.propose(Severity.SERIOUS, new BigDecimal("500"), "事实", 1,
				new PenaltyCase.Benchmark(new BigDecimal("200"), new BigDecimal("500"), true), MAJOR_AMOUNT);
		assertThat(byGrade.review).isEqualTo(PenaltyCase.Review.REQUIRED);
		PenaltyCase byAmount = filed(false);
		byAmount.propose(Severity.SERIOUS, new BigDecimal("10000"), "事实", 1,
				new PenaltyCase.Benchmark(new BigDecimal("5000"), new BigDecimal("30000"), false), MAJOR_AMOUNT);
		assertThat(byAmount.review).isEqualTo(PenaltyCase.Review.REQUIRED);
		assertThat(byAmount.majorBecause).contains("10000");
	}

	@Test
	void servedNotBeforeTheDecisionThenExecutedThenClosed() {
		PenaltyCase p = filed(false);
		p.propose(Severity.GENERAL, new BigDecimal("100"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		notified(p, FILED, false);
		Instant decided = FILED.plus(Duration.ofDays(5));
		p.decide("squad.dongfeng", false, decided, 0, "x");
		Instant now = decided.plus(Duration.ofDays(9));
		assertThat(code(() -> p.execute(PenaltyCase.Execution.PAYMENT, "已缴", now))).isEqualTo("enforcement.refused.penalty.notServed");
		assertThat(problems(() -> p.serve(PenaltyCase.ServiceMethod.DIRECT, "王建国", decided.minusSeconds(60), now)))
			.containsExactly("servedAt");
		assertThat(problems(() -> p.serve(PenaltyCase.ServiceMethod.DIRECT, "王建国", now.plus(Duration.ofHours(1)), now)))
			.containsExactly("servedAt");
		p.serve(PenaltyCase.ServiceMethod.POSTAL, "王建国", decided.plus(Duration.ofDays(8)), now);
		assertThat(p.stage).isEqualTo(PenaltyCase.Stage.SERVED);
		assertThatThrownBy(() -> p.serve(PenaltyCase.ServiceMethod.DIRECT, "x", now, now)).isInstanceOf(Refusal.class);
		assertThat(code(() -> p.close("squad.dongfeng", "结案", now))).isEqualTo("enforcement.refused.penalty.notExecuted");
		assertThat(problems(() -> p.execute(null, " ", now))).containsExactly("execution", "executionNote");
		p.execute(PenaltyCase.Execution.PAYMENT, "缴款票据 0001", now);
		p.close("squad.dongfeng", "执行完毕，同意结案", now);
		assertThat(p.stage).isEqualTo(PenaltyCase.Stage.CLOSED);
	}
}
