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
 * A formal penalty case (立案查处) from filing to closing, and the procedure of the Administrative
 * Penalty Law (2021) it must follow: the filing is approved (立案审批); the decision rests on
 * evidence and its amount lies within the discretion benchmark (第三十四条); the party is told the
 * facts, grounds, basis and proposed penalty with its rights in a prior notice (事先告知, 第四十四条),
 * may state and defend (第四十五条) and, for a fine at the hearing threshold, request a hearing
 * within five days (第六十三、六十四条); every statement is answered (复核); a major decision passes
 * legal review (第五十八条); no decision is issued before the notice period ends unless the party
 * waived it in writing; the decision is issued within 90 days of filing (第六十条), served within
 * 7 (第六十一条), executed (payment or enforcement) and the case closed on approval (结案审批).
 * Late steps are not refused — the law does not void them — but flagged.
 */
final class PenaltyCase {

	/** How far ahead of the server clock a given time may lie (clients' clocks drift), as for records. */
	static final Duration SKEW = Duration.ofMinutes(5);

	enum Stage {
		/** Filed (the PENALTY_CASE measure); the filing waits for approval. */
		FILED,
		/** Filing approved: investigation and evidence. */
		APPROVED,
		PROPOSED,
		/** The prior notice was served: the party's period to state, defend and request a hearing runs. */
		NOTIFIED,
		DECIDED,
		SERVED,
		/** Paid or enforced. */
		EXECUTED,
		CLOSED;

		boolean before(Stage other) {
			return compareTo(other) < 0;
		}
	}

	/** How a decision was executed (执行). */
	enum Execution {
		/** The party paid (缴纳罚款). */
		PAYMENT,
		/** Enforced: applied to the court or enforced by the authority (强制执行). */
		ENFORCEMENT
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

	@Nullable Instant filingApprovedAt;

	@Nullable String filingApprovedBy;

	@Nullable Instant noticeAt;

	@Nullable String noticeBy;

	@Nullable Instant statementDue;

	boolean hearingRight;

	@Nullable Instant hearingDue;

	@Nullable Instant waivedAt;

	@Nullable String waiverNote;

	@Nullable Instant hearingRequestedAt;

	@Nullable Instant hearingAt;

	@Nullable String hearingPlace;

	@Nullable Instant hearingHeldAt;

	@Nullable String hearingRecord;

	@Nullable Instant executedAt;

	@Nullable Execution execution;

	@Nullable String executionNote;

	@Nullable Instant closedAt;

	@Nullable String closedBy;

	@Nullable String closingNote;

	PenaltyCase(long measureId, String caseNumber, String categoryCode, Instant filedAt, boolean markedMajor) {
		this.measureId = measureId;
		this.caseNumber = caseNumber;
		this.categoryCode = categoryCode;
		this.filedAt = filedAt;
		this.markedMajor = markedMajor;
		this.stage = Stage.FILED;
		this.review = Review.NOT_REQUIRED;
	}

	/**
	 * The officers' proposed decision: severity, amount and facts, checked against the benchmark.
	 * A major proposal — marked major at filing, a benchmark grade marked major, or an amount at or
	 * above the threshold — needs legal review again, also after a revision.
	 */
	void propose(@Nullable Severity severity, @Nullable BigDecimal amount, @Nullable String facts, int evidenceItems,
			@Nullable Benchmark benchmark, BigDecimal majorAmount) {
		if (!stage.before(Stage.DECIDED)) {
			throw PenaltyRefusals.decided();
		}
		if (stage == Stage.FILED) {
			throw PenaltyRefusals.filingNotApproved();
		}
		if (stage == Stage.NOTIFIED) {
			throw PenaltyRefusals.notified();
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
		if (review != Review.REQUIRED || !stage.before(Stage.DECIDED)) {
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

	/** Approves the filing (立案审批): investigation may start. */
	void approveFiling(String approver, Instant now) {
		if (stage != Stage.FILED) {
			throw PenaltyRefusals.filingApproved();
		}
		this.stage = Stage.APPROVED;
		this.filingApprovedAt = now;
		this.filingApprovedBy = approver;
	}

	/**
	 * The prior notice (事先告知书) was served on the party at {@code at}: the periods to state and
	 * defend and, when the fine reaches the threshold, to request a hearing, run from then.
	 */
	void notify(String officer, @Nullable Instant at, Instant statementDue, boolean hearingRight,
			@Nullable Instant hearingDue, Instant now) {
		if (stage != Stage.PROPOSED) {
			throw stage.before(Stage.PROPOSED) ? PenaltyRefusals.noProposal() : PenaltyRefusals.notified();
		}
		if (review == Review.RETURNED) {
			throw PenaltyRefusals.reviseFirst();
		}
		if (at == null) {
			throw Refusal.invalid("noticeAt", "enforcement.refused.penalty.service.at");
		}
		if (at.isAfter(now.plus(SKEW))) {
			throw Refusal.invalid("noticeAt", "enforcement.refused.record.future");
		}
		this.stage = Stage.NOTIFIED;
		this.noticeAt = at;
		this.noticeBy = officer;
		this.statementDue = statementDue;
		this.hearingRight = hearingRight;
		this.hearingDue = hearingRight ? hearingDue : null;
	}

	/** When the notice period ends: the statement period, or the hearing request period if later. */
	@Nullable Instant noticePeriodEnds() {
		if (statementDue == null) {
			return null;
		}
		return hearingDue != null && hearingDue.isAfter(statementDue) ? hearingDue : statementDue;
	}

	/** A statement or hearing request the party made (in writing or recorded), received at the time given. */
	void receive(boolean hearingRequest, @Nullable String content, @Nullable Instant receivedAt, Instant now) {
		if (stage != Stage.NOTIFIED) {
			throw stage.before(Stage.NOTIFIED) ? PenaltyRefusals.noNotice() : PenaltyRefusals.decided();
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (Text.blank(content) || content.strip().length() > 2000) {
			problems.add(Refusal.FieldError.of("content", "enforcement.refused.penalty.statement.content"));
		}
		if (receivedAt == null) {
			problems.add(Refusal.FieldError.of("receivedAt", "enforcement.refused.penalty.statement.receivedAt"));
		}
		else if (receivedAt.isAfter(now.plus(SKEW))) {
			problems.add(Refusal.FieldError.of("receivedAt", "enforcement.refused.record.future"));
		}
		else if (receivedAt.isBefore(noticeAt)) {
			problems.add(Refusal.FieldError.of("receivedAt", "enforcement.refused.penalty.statement.beforeNotice"));
		}
		Refusal.throwIfAny(problems);
		if (hearingRequest) {
			if (!hearingRight) {
				throw PenaltyRefusals.noHearingRight();
			}
			if (hearingRequestedAt != null) {
				throw PenaltyRefusals.hearingRequested();
			}
			if (receivedAt.isAfter(hearingDue)) {
				throw PenaltyRefusals.hearingRequestLate();
			}
			this.hearingRequestedAt = receivedAt;
		}
	}

	/** The party waived its statement and hearing in writing (书面放弃): the decision need not wait for the period. */
	void waive(@Nullable String note, @Nullable Instant receivedAt, Instant now) {
		if (stage != Stage.NOTIFIED) {
			throw stage.before(Stage.NOTIFIED) ? PenaltyRefusals.noNotice() : PenaltyRefusals.decided();
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (Text.blank(note) || note.strip().length() > 500) {
			problems.add(Refusal.FieldError.of("waiverNote", "enforcement.refused.penalty.waiver.note"));
		}
		if (receivedAt == null || receivedAt.isAfter(now.plus(SKEW)) || receivedAt.isBefore(noticeAt)) {
			problems.add(Refusal.FieldError.of("waivedAt", "enforcement.refused.penalty.waiver.at"));
		}
		Refusal.throwIfAny(problems);
		this.waivedAt = receivedAt;
		this.waiverNote = note.strip();
	}

	/** Sets the hearing's time and place, told to the party at least the notice limit before it ({@code earliest}). */
	void scheduleHearing(@Nullable Instant at, @Nullable String place, Instant earliest) {
		if (hearingRequestedAt == null) {
			throw PenaltyRefusals.noHearingRequest();
		}
		if (hearingHeldAt != null || !stage.before(Stage.DECIDED)) {
			throw PenaltyRefusals.hearingHeld();
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (at == null) {
			problems.add(Refusal.FieldError.of("hearingAt", "enforcement.refused.penalty.hearing.at"));
		}
		else if (at.isBefore(earliest)) {
			problems.add(Refusal.FieldError.of("hearingAt", "enforcement.refused.penalty.hearing.tooSoon"));
		}
		if (Text.blank(place) || place.strip().length() > 200) {
			problems.add(Refusal.FieldError.of("hearingPlace", "enforcement.refused.penalty.hearing.place"));
		}
		Refusal.throwIfAny(problems);
		this.hearingAt = at;
		this.hearingPlace = place.strip();
	}

	/** The hearing was held (听证笔录): its record and conclusion. */
	void holdHearing(@Nullable String record, Instant now) {
		if (hearingAt == null) {
			throw PenaltyRefusals.hearingNotScheduled();
		}
		if (hearingHeldAt != null) {
			throw PenaltyRefusals.hearingHeld();
		}
		if (now.plus(SKEW).isBefore(hearingAt)) {
			throw PenaltyRefusals.hearingNotYet();
		}
		if (Text.blank(record) || record.strip().length() > 2000) {
			throw Refusal.invalid("hearingRecord", "enforcement.refused.penalty.hearing.record");
		}
		this.hearingHeldAt = now;
		this.hearingRecord = record.strip();
	}

	/**
	 * Issues the decision: only after the prior notice, after its period ended (or the party waived
	 * it in writing), every statement answered, a requested hearing held and a major proposal's
	 * review passed.
	 *
	 * @param noticeEndsText the end of the notice period as the refusal words it (district time)
	 */
	void decide(String decider, boolean disclose, Instant now, int unansweredStatements, String noticeEndsText) {
		if (stage != Stage.NOTIFIED) {
			throw stage == Stage.FILED || stage == Stage.APPROVED ? PenaltyRefusals.noProposal()
					: stage == Stage.PROPOSED ? PenaltyRefusals.noNotice() : PenaltyRefusals.decided();
		}
		if (waivedAt == null && now.isBefore(noticePeriodEnds())) {
			throw PenaltyRefusals.noticePeriod(noticeEndsText);
		}
		if (unansweredStatements > 0) {
			throw PenaltyRefusals.statementUnanswered(unansweredStatements);
		}
		if (hearingRequestedAt != null && hearingHeldAt == null) {
			throw PenaltyRefusals.hearingPending();
		}
		if (review == Review.REQUIRED || review == Review.RETURNED) {
			throw PenaltyRefusals.reviewFirst();
		}
		this.stage = Stage.DECIDED;
		this.decidedAt = now;
		this.decidedBy = decider;
		this.disclose = disclose;
	}

	/** The decision was executed: paid, or enforced. */
	void execute(@Nullable Execution how, @Nullable String note, Instant now) {
		if (stage != Stage.SERVED) {
			throw stage.before(Stage.SERVED) ? PenaltyRefusals.notServed() : PenaltyRefusals.executed();
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (how == null) {
			problems.add(Refusal.FieldError.of("execution", "enforcement.refused.penalty.execution.kind"));
		}
		if (Text.blank(note) || note.strip().length() > 500) {
			problems.add(Refusal.FieldError.of("executionNote", "enforcement.refused.penalty.execution.note"));
		}
		Refusal.throwIfAny(problems);
		this.stage = Stage.EXECUTED;
		this.execution = how;
		this.executionNote = note.strip();
		this.executedAt = now;
	}

	/** Closing approval (结案审批). */
	void close(String approver, @Nullable String note, Instant now) {
		if (stage != Stage.EXECUTED) {
			throw stage == Stage.CLOSED ? PenaltyRefusals.closed() : PenaltyRefusals.notExecuted();
		}
		if (Text.blank(note) || note.strip().length() > 500) {
			throw Refusal.invalid("closingNote", "enforcement.refused.penalty.closing.note");
		}
		this.stage = Stage.CLOSED;
		this.closedAt = now;
		this.closedBy = approver;
		this.closingNote = note.strip();
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
