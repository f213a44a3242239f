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

	static PenaltyCase filed(boolean major) {
		return new PenaltyCase(7, "410105-2026-000007", "0503", FILED, major);
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
		assertThat(p.stage).isEqualTo(PenaltyCase.Stage.FILED);
	}

	@Test
	void anOrdinaryDecisionIsIssuedWithoutReviewAndAMajorOneOnlyAfterItPasses() {
		PenaltyCase ordinary = filed(false);
		ordinary.propose(Severity.GENERAL, new BigDecimal("200"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		assertThat(ordinary.review).isEqualTo(PenaltyCase.Review.NOT_REQUIRED);
		ordinary.decide("squad.dongfeng", false, FILED.plus(Duration.ofDays(3)));
		assertThat(ordinary.stage).isEqualTo(PenaltyCase.Stage.DECIDED);

		PenaltyCase major = filed(true);
		major.propose(Severity.GENERAL, new BigDecimal("200"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		assertThat(major.review).isEqualTo(PenaltyCase.Review.REQUIRED);
		assertThatThrownBy(() -> major.decide("squad.dongfeng", false, FILED)).isInstanceOf(Refusal.class)
			.extracting(e -> ((Refusal) e).code()).isEqualTo("enforcement.refused.penalty.reviewFirst");
		assertThatThrownBy(() -> major.review(true, "同意", "officer.yuantian1", List.of("officer.yuantian1")))
			.isInstanceOf(Refusal.class);
		major.review(false, "证据不足，补充询问笔录", "command", List.of("officer.yuantian1"));
		assertThatThrownBy(() -> major.decide("squad.dongfeng", false, FILED)).isInstanceOf(Refusal.class);
		major.propose(Severity.GENERAL, new BigDecimal("150"), "事实及补充的询问笔录", 2, GENERAL, MAJOR_AMOUNT);
		assertThat(major.review).isEqualTo(PenaltyCase.Review.REQUIRED); // a revised proposal is reviewed again
		major.review(true, "同意", "command", List.of("officer.yuantian1"));
		major.decide("squad.dongfeng", true, FILED.plus(Duration.ofDays(10)));
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
	void warnsTenDaysBeforeTheNinetyDayLimitAndFlagsItOnceItPassed() {
		PenaltyCase p = filed(false);
		assertThat(p.decideBy()).isEqualTo(FILED.plus(Duration.ofDays(90)));
		assertThat(p.decisionDueSoon(FILED.plus(Duration.ofDays(79)))).isFalse();
		assertThat(p.decisionDueSoon(FILED.plus(Duration.ofDays(80)))).isTrue();
		assertThat(p.decisionOverdue(FILED.plus(Duration.ofDays(90)))).isFalse();
		assertThat(p.decisionOverdue(FILED.plus(Duration.ofDays(91)))).isTrue();
		assertThat(p.decisionDueSoon(FILED.plus(Duration.ofDays(91)))).isFalse();
		p.propose(Severity.GENERAL, new BigDecimal("100"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		p.decide("squad.dongfeng", false, FILED.plus(Duration.ofDays(92)));
		assertThat(p.decisionOverdue(FILED.plus(Duration.ofDays(200)))).isTrue(); // decided late stays flagged
	}

	@Test
	void flagsAServiceLaterThanSevenDaysAfterTheDecisionAndRefusesOneBeforeIt() {
		PenaltyCase p = filed(false);
		p.propose(Severity.GENERAL, new BigDecimal("100"), "事实", 1, GENERAL, MAJOR_AMOUNT);
		Instant decided = FILED.plus(Duration.ofDays(5));
		p.decide("squad.dongfeng", false, decided);
		assertThat(p.serviceOverdue(decided.plus(Duration.ofDays(7)))).isFalse();
		assertThat(p.serviceOverdue(decided.plus(Duration.ofDays(8)))).isTrue();
		Instant now = decided.plus(Duration.ofDays(9));
		assertThat(problems(() -> p.serve(PenaltyCase.ServiceMethod.DIRECT, "王建国", decided.minusSeconds(60), now)))
			.containsExactly("servedAt");
		assertThat(problems(() -> p.serve(PenaltyCase.ServiceMethod.DIRECT, "王建国", now.plus(Duration.ofHours(1)), now)))
			.containsExactly("servedAt");
		p.serve(PenaltyCase.ServiceMethod.POSTAL, "王建国", decided.plus(Duration.ofDays(8)), now);
		assertThat(p.stage).isEqualTo(PenaltyCase.Stage.SERVED);
		assertThat(p.serviceOverdue(now)).isTrue();
		assertThatThrownBy(() -> p.serve(PenaltyCase.ServiceMethod.DIRECT, "x", now, now))
			.isInstanceOf(Refusal.class);
	}
}
