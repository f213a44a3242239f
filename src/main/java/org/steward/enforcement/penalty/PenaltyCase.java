package org.steward.enforcement.penalty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.enforcement.EnforcementRules;
import org.steward.enforcement.Severity;
import org.steward.enforcement.Text;
import org.steward.refusal.Refusal;

/**
 * A formal penalty case (立案查处) from filing to service, and the procedure it must follow:
 * the decision rests on evidence, its amount lies within the discretion benchmark
 * (行政处罚法第三十四条), a major decision passes legal review before it is issued (第五十八条),
 * it is decided within 90 days of filing (第六十条) and served within 7 days of the decision
 * (第六十一条). Late steps are not refused — the law does not void them — but flagged, so the
 * squad sees them and the record shows them.
 */
final class PenaltyCase {

	/** How far ahead of the server clock a given time may lie (clients' clocks drift), as for records. */
	static final Duration SKEW = Duration.ofMinutes(5);

	static final Duration DECIDE_WITHIN = Duration.ofDays(90);

	static final Duration SERVE_WITHIN = Duration.ofDays(7);

	/** How long before the 90-day limit the case is flagged as due soon. */
	static final Duration WARN_BEFORE = Duration.ofDays(10);

	enum Stage {
		FILED, PROPOSED, DECIDED, SERVED
	}

	enum Review {
		/** No proposal yet, or the proposal is not major. */
		NOT_REQUIRED,
		/** The proposal is major and waits for the legal reviewer. */
		REQUIRED,
		PASSED,
		/** The reviewer sent it back; a revised proposal is reviewed again. */
		RETURNED
	}

	/** How a decision is served (送达方式). */
	enum ServiceMethod {
		DIRECT, LEFT_AT_ADDRESS, POSTAL, ELECTRONIC, PUBLIC_NOTICE
	}

	/** What the proposal is checked against. */
	record Benchmark(BigDecimal min, BigDecimal max, boolean major) {
	}

	final long measureId;

	final String caseNumber;

	final String categoryCode;

	final Instant filedAt;

	final boolean markedMajor;

	Stage stage;

	Review review;

	@Nullable Severity severity;

	@Nullable BigDecimal amount;

	@Nullable String facts;

	@Nullable String majorBecause;

	@Nullable String reviewedBy;

	@Nullable String reviewOpinion;

	@Nullable Instant decidedAt;

	@Nullable String decidedBy;

	@Nullable Instant servedAt;

	@Nullable ServiceMethod serviceMethod;

	@Nullable String servedTo;

	boolean disclose;

	PenaltyCase(long measureId, String caseNumber, String categoryCode, Instant filedAt, boolean markedMajor) {
		this.measureId = measureId;
		this.caseNumber = caseNumber;
		this.categoryCode = categoryCode;
		this.filedAt = filedAt;
		this.markedMajor = markedMajor;
		this.stage = Stage.FILED;
		this.review = Review.NOT_REQUIRED;
	}

	Instant decideBy() {
		return filedAt.plus(DECIDE_WITHIN);
	}

	@Nullable Instant serveBy() {
		return decidedAt == null ? null : decidedAt.plus(SERVE_WITHIN);
	}

	/** Not decided and the 90-day limit is near or passed. */
	boolean decisionDueSoon(Instant now) {
		return decidedAt == null && !now.isBefore(decideBy().minus(WARN_BEFORE)) && !decisionOverdue(now);
	}

	boolean decisionOverdue(Instant now) {
		return decidedAt == null ? now.isAfter(decideBy()) : decidedAt.isAfter(decideBy());
	}

	/** Decided, not served within 7 days (or served after them). */
	boolean serviceOverdue(Instant now) {
		if (decidedAt == null) {
			return false;
		}
		return servedAt == null ? now.isAfter(serveBy()) : servedAt.isAfter(serveBy());
	}

	/**
	 * The officers' proposed decision: severity, amount and facts, checked against the benchmark.
	 * A major proposal — marked major at filing, a benchmark grade marked major, or an amount at or
	 * above the threshold — needs legal review again, also after a revision.
	 */
	void propose(@Nullable Severity severity, @Nullable BigDecimal amount, @Nullable String facts, int evidenceItems,
			@Nullable Benchmark benchmark, BigDecimal majorAmount) {
		if (stage == Stage.DECIDED || stage == Stage.SERVED) {
			throw PenaltyRefusals.decided();
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (evidenceItems == 0) {
			problems.add(Refusal.FieldError.of("evidence", "enforcement.refused.penalty.evidence.none"));
		}
		if (severity == null) {
			problems.add(Refusal.FieldError.of("severity", "enforcement.refused.severity.unknown"));
		}
		if (amount == null) {
			problems.add(Refusal.FieldError.of("amount", "enforcement.refused.amount.required"));
		}
		else if (amount.signum() < 0 || amount.scale() > 2) {
			problems.add(Refusal.FieldError.of("amount", "enforcement.refused.amount.negative"));
		}
		else if (severity != null && benchmark == null) {
			problems.add(Refusal.FieldError.of("severity", "enforcement.refused.penalty.benchmark.none",
					categoryCode, severityName(severity)));
		}
		else if (benchmark != null && (amount.compareTo(benchmark.min()) < 0 || amount.compareTo(benchmark.max()) > 0)) {
			problems.add(Refusal.FieldError.of("amount", "enforcement.refused.penalty.amount.outside",
					severityName(severity), EnforcementRules.yuan(benchmark.min()), EnforcementRules.yuan(benchmark.max())));
		}
		if (Text.blank(facts) || facts.strip().length() > 2000) {
			problems.add(Refusal.FieldError.of("facts", "enforcement.refused.penalty.facts"));
		}
		Refusal.throwIfAny(problems);
		this.severity = severity;
		this.amount = amount;
		this.facts = facts.strip();
		this.majorBecause = markedMajor ? "marked major at filing"
				: benchmark != null && benchmark.major() ? "the benchmark marks " + severity + " of " + categoryCode + " major"
						: amount.compareTo(majorAmount) >= 0 ? "amount at or above " + EnforcementRules.yuan(majorAmount) : null;
		this.review = majorBecause == null ? Review.NOT_REQUIRED : Review.REQUIRED;
		this.reviewedBy = null;
		this.reviewOpinion = null;
		this.stage = Stage.PROPOSED;
	}

	/** The legal reviewer's answer; the reviewer is not one of the case's officers (审查与调查分离). */
	void review(@Nullable Boolean passed, @Nullable String opinion, String reviewer, List<String> caseOfficers) {
		if (review != Review.REQUIRED) {
			throw PenaltyRefusals.noReview();
		}
		if (caseOfficers.contains(reviewer)) {
			throw PenaltyRefusals.reviewerIsOfficer();
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (passed == null) {
			problems.add(Refusal.FieldError.of("passed", "enforcement.refused.penalty.review.passed"));
		}
		if (Text.blank(opinion)) {
			problems.add(Refusal.FieldError.of("opinion", "enforcement.refused.penalty.review.opinion"));
		}
		Refusal.throwIfAny(problems);
		this.review = passed ? Review.PASSED : Review.RETURNED;
		this.reviewedBy = reviewer;
		this.reviewOpinion = opinion.strip();
	}

	/** Issues the decision: only of a proposal, and of a major one only after its review passed. */
	void decide(String decider, boolean disclose, Instant now) {
		if (stage != Stage.PROPOSED) {
			throw stage == Stage.FILED ? PenaltyRefusals.noProposal()
					: PenaltyRefusals.decided();
		}
		if (review == Review.REQUIRED || review == Review.RETURNED) {
			throw PenaltyRefusals.reviewFirst();
		}
		this.stage = Stage.DECIDED;
		this.decidedAt = now;
		this.decidedBy = decider;
		this.disclose = disclose;
	}

	/** Records how and to whom the decision was served. */
	void serve(@Nullable ServiceMethod method, @Nullable String servedTo, @Nullable Instant at, Instant now) {
		if (stage != Stage.DECIDED) {
			throw stage == Stage.SERVED ? PenaltyRefusals.served()
					: PenaltyRefusals.notDecided();
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (method == null) {
			problems.add(Refusal.FieldError.of("method", "enforcement.refused.penalty.service.method"));
		}
		if (Text.blank(servedTo) || servedTo.strip().length() > 100) {
			problems.add(Refusal.FieldError.of("servedTo", "enforcement.refused.penalty.service.to"));
		}
		if (at == null) {
			problems.add(Refusal.FieldError.of("servedAt", "enforcement.refused.penalty.service.at"));
		}
		else if (at.isBefore(decidedAt)) {
			problems.add(Refusal.FieldError.of("servedAt", "enforcement.refused.penalty.service.beforeDecision"));
		}
		else if (at.isAfter(now.plus(SKEW))) {
			problems.add(Refusal.FieldError.of("servedAt", "enforcement.refused.record.future"));
		}
		Refusal.throwIfAny(problems);
		this.stage = Stage.SERVED;
		this.serviceMethod = method;
		this.servedTo = servedTo.strip();
		this.servedAt = at;
	}

	/** Whether the decision still needs its review before it can be issued. */
	boolean awaitsReview() {
		return review == Review.REQUIRED || review == Review.RETURNED;
	}

	private static org.springframework.context.support.DefaultMessageSourceResolvable severityName(Severity severity) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "enforcement.severity." + severity.name() }, severity.name());
	}
}
