package org.steward.enforcement.penalty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.enforcement.EnforcementRejected;
import org.steward.enforcement.EnforcementRules;
import org.steward.enforcement.InvalidInput;
import org.steward.enforcement.Severity;
import org.steward.enforcement.Text;

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
			throw EnforcementRejected.conflict("penalty.decided", "The decision is already issued; it is not proposed again");
		}
		List<InvalidInput.Problem> problems = new ArrayList<>();
		if (evidenceItems == 0) {
			problems.add(InvalidInput.Problem.of("evidence", "penalty.evidence.none",
					"A decision rests on evidence: add at least one item to the evidence list first"));
		}
		if (severity == null) {
			problems.add(InvalidInput.Problem.of("severity", "severity.unknown", "must be MINOR, GENERAL or SERIOUS"));
		}
		if (amount == null) {
			problems.add(InvalidInput.Problem.of("amount", "amount.required", "is required (yuan, 0 or more)"));
		}
		else if (amount.signum() < 0 || amount.scale() > 2) {
			problems.add(InvalidInput.Problem.of("amount", "amount.negative", "must be 0 or more, with at most two decimals"));
		}
		else if (severity != null && benchmark == null) {
			problems.add(InvalidInput.Problem.of("severity", "penalty.benchmark.none",
					"The discretion benchmark has no range for category " + categoryCode + " at " + severity
							+ "; an administrator adds it first",
					categoryCode, severityName(severity)));
		}
		else if (benchmark != null && (amount.compareTo(benchmark.min()) < 0 || amount.compareTo(benchmark.max()) > 0)) {
			problems.add(InvalidInput.Problem.of("amount", "penalty.amount.outside",
					"must lie within the benchmark for " + severity + ": " + EnforcementRules.yuan(benchmark.min()) + "–"
							+ EnforcementRules.yuan(benchmark.max()) + " yuan",
					severityName(severity), EnforcementRules.yuan(benchmark.min()), EnforcementRules.yuan(benchmark.max())));
		}
		if (Text.blank(facts) || facts.strip().length() > 2000) {
			problems.add(InvalidInput.Problem.of("facts", "penalty.facts",
					"is required (at most 2000 characters): the facts and evidence the decision rests on"));
		}
		InvalidInput.throwIfAny(problems);
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
			throw EnforcementRejected.conflict("penalty.noReview", "No proposal waits for legal review (review is " + review + ")");
		}
		if (caseOfficers.contains(reviewer)) {
			throw EnforcementRejected.forbidden("penalty.reviewerIsOfficer", "An officer of the case cannot review its decision");
		}
		List<InvalidInput.Problem> problems = new ArrayList<>();
		if (passed == null) {
			problems.add(InvalidInput.Problem.of("passed", "penalty.review.passed", "is required: true when the review passes"));
		}
		if (Text.blank(opinion)) {
			problems.add(InvalidInput.Problem.of("opinion", "penalty.review.opinion", "is required: the reviewer's written opinion"));
		}
		InvalidInput.throwIfAny(problems);
		this.review = passed ? Review.PASSED : Review.RETURNED;
		this.reviewedBy = reviewer;
		this.reviewOpinion = opinion.strip();
	}

	/** Issues the decision: only of a proposal, and of a major one only after its review passed. */
	void decide(String decider, boolean disclose, Instant now) {
		if (stage != Stage.PROPOSED) {
			throw stage == Stage.FILED ? EnforcementRejected.conflict("penalty.noProposal", "There is no proposed decision yet")
					: EnforcementRejected.conflict("penalty.decided", "The decision is already issued");
		}
		if (review == Review.REQUIRED || review == Review.RETURNED) {
			throw EnforcementRejected.conflict("penalty.reviewFirst", "This is a major decision: it is issued only after its"
					+ " legal review passes (Administrative Penalty Law art. 58); review is " + review);
		}
		this.stage = Stage.DECIDED;
		this.decidedAt = now;
		this.decidedBy = decider;
		this.disclose = disclose;
	}

	/** Records how and to whom the decision was served. */
	void serve(@Nullable ServiceMethod method, @Nullable String servedTo, @Nullable Instant at, Instant now) {
		if (stage != Stage.DECIDED) {
			throw stage == Stage.SERVED ? EnforcementRejected.conflict("penalty.served", "The decision was already served")
					: EnforcementRejected.conflict("penalty.notDecided", "Only an issued decision is served");
		}
		List<InvalidInput.Problem> problems = new ArrayList<>();
		if (method == null) {
			problems.add(InvalidInput.Problem.of("method", "penalty.service.method",
					"must be DIRECT, LEFT_AT_ADDRESS, POSTAL, ELECTRONIC or PUBLIC_NOTICE"));
		}
		if (Text.blank(servedTo) || servedTo.strip().length() > 100) {
			problems.add(InvalidInput.Problem.of("servedTo", "penalty.service.to", "is required: who received the decision"));
		}
		if (at == null) {
			problems.add(InvalidInput.Problem.of("servedAt", "penalty.service.at", "is required: when it was served"));
		}
		else if (at.isBefore(decidedAt)) {
			problems.add(InvalidInput.Problem.of("servedAt", "penalty.service.beforeDecision",
					"cannot lie before the decision was issued"));
		}
		else if (at.isAfter(now.plus(SKEW))) {
			problems.add(InvalidInput.Problem.of("servedAt", "record.future", "cannot lie in the future"));
		}
		InvalidInput.throwIfAny(problems);
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
