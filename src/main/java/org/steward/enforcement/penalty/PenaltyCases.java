package org.steward.enforcement.penalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.enforcement.Disclosures;
import org.steward.enforcement.DocumentNumbering;
import org.steward.enforcement.EnforcementProperties;
import org.steward.enforcement.EnforcementRules;
import org.steward.enforcement.MeasureType;
import org.steward.enforcement.MeasureView;
import org.steward.enforcement.Measures;
import org.steward.enforcement.PenaltyStepRecorded;
import org.steward.enforcement.Severity;
import org.steward.enforcement.Text;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.evidence.EvidenceFiles;
import org.steward.parties.Parties;
import org.steward.worktime.WorkingTime;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * Keeps penalty cases and their evidence, and applies {@link PenaltyCase}'s procedure: the
 * case's officers gather evidence and propose the decision, the command centre's legal reviewers
 * review major ones, a squad leader (or the command centre) issues the decision — numbered
 * 金城管东风罚决〔2026〕n号 and, when marked for disclosure, published at once — and the
 * officers record its service.
 */
@Service
class PenaltyCases {

	/** Largest evidence file kept. */
	static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024; // the multipart limit of the application

	record EvidenceItem(long id, long measureId, String fileName, String contentType, long sizeBytes, String sha256,
			String description, String addedBy, Instant addedAt) {
	}

	/**
	 * A step's time limit as the page shows it: when it started, when it is due, when it was done, and
	 * the flags at the time asked. A party's period (statement, hearing request) is never overdue: it
	 * runs or has ended.
	 */
	record StepDeadline(String step, Instant due, @Nullable Instant done, boolean dueSoon, boolean overdue,
			boolean partyPeriod, boolean ended) {
	}

	/** A statement or hearing request of the party, with the officers' answer (复核). */
	record Statement(long id, String kind, String content, Instant receivedAt, String recordedBy,
			@Nullable Boolean adopted, @Nullable String answer, @Nullable String answeredBy, @Nullable Instant answeredAt) {

		public boolean answered() {
			return answeredAt != null;
		}
	}

	/** A penalty case as pages and the API show it, with its deadline flags at the time asked. */
	record PenaltyView(long measureId, String caseNumber, String categoryCode, Instant filedAt, PenaltyCase.Stage stage,
			PenaltyCase.Review review, boolean reviewRequired, @Nullable String majorBecause,
			@Nullable Severity severity, @Nullable BigDecimal amount, @Nullable String facts, @Nullable String reviewedBy,
			@Nullable String reviewOpinion, Instant decideBy, boolean decisionDueSoon, boolean decisionOverdue,
			@Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String decisionNumber,
			@Nullable Instant serveBy, boolean serviceOverdue, @Nullable Instant servedAt,
			PenaltyCase.@Nullable ServiceMethod serviceMethod, @Nullable String servedTo, boolean disclose,
			List<EvidenceItem> evidence, @Nullable Instant filingApprovedAt, @Nullable String filingApprovedBy,
			@Nullable Instant noticeAt, @Nullable Instant statementDue, boolean hearingRight, @Nullable Instant hearingDue,
			@Nullable Instant noticePeriodEnds, @Nullable Instant waivedAt, @Nullable String waiverNote,
			@Nullable Instant hearingRequestedAt, @Nullable Instant hearingAt, @Nullable String hearingPlace,
			@Nullable Instant hearingHeldAt, @Nullable String hearingRecord, PenaltyCase.@Nullable Execution execution,
			@Nullable String executionNote, @Nullable Instant executedAt, @Nullable Instant paymentDue,
			@Nullable Instant closedAt, @Nullable String closedBy, @Nullable String closingNote,
			List<Statement> statements, List<StepDeadline> deadlines, List<String> documentPdfs) {

		/** The proposed fine as people write it (200, not 200.00). */
		public @Nullable String amountText() {
			return amount == null ? null : EnforcementRules.yuan(amount);
		}

		public boolean anyOverdue() {
			return deadlines.stream().anyMatch(StepDeadline::overdue);
		}

		public boolean anyDueSoon() {
			return deadlines.stream().anyMatch(StepDeadline::dueSoon);
		}

		/** Whether a decision may be issued now without a waiver: the notice period has ended. */
		public boolean noticePeriodRunning(Instant now) {
			return noticePeriodEnds != null && waivedAt == null && now.isBefore(noticePeriodEnds);
		}
	}

	/** How long before the decision's 90-day limit the case is flagged as due soon. */
	static final java.time.Duration DECISION_WARN_BEFORE = java.time.Duration.ofDays(10);

	private final JdbcClient jdbc;

	private final Measures measures;

	private final CaseQueries cases;

	private final EnforcementRules rules;

	private final DocumentNumbering numbering;

	private final Disclosures disclosures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	private final BigDecimal majorAmount;

	private final EvidenceFiles files;

	private final PenaltyProperties limits;

	private final WorkingTime workingTime;

	private final Parties parties;

	PenaltyCases(JdbcClient jdbc, Measures measures, CaseQueries cases, EnforcementRules rules,
			DocumentNumbering numbering, Disclosures disclosures, ApplicationEventPublisher events, Clock clock,
			StewardProperties steward, EnforcementProperties settings, EvidenceFiles files, PenaltyProperties limits,
			WorkingTime workingTime, Parties parties) {
		this.limits = limits;
		this.workingTime = workingTime;
		this.parties = parties;
		this.jdbc = jdbc;
		this.measures = measures;
		this.cases = cases;
		this.rules = rules;
		this.numbering = numbering;
		this.disclosures = disclosures;
		this.events = events;
		this.clock = clock;
		this.zone = steward.zone();
		this.majorAmount = settings.majorAmount();
		this.files = files;
	}

	@Transactional(readOnly = true)
	PenaltyView view(long measureId, CurrentUser viewer) {
		PenaltyCase penalty = visible(measureId, viewer);
		return view(penalty);
	}

	Optional<PenaltyView> ofMeasure(long measureId) {
		return load(measureId).map(this::view);
	}

	@Transactional
	EvidenceItem addEvidence(long measureId, @Nullable String fileName, @Nullable String contentType, byte @Nullable [] bytes,
			@Nullable String description, CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		if (!penalty.stage.before(PenaltyCase.Stage.NOTIFIED)) {
			// the prior notice states the facts and evidence: what comes later is not what the party was told
			throw PenaltyRefusals.evidenceClosed();
		}
		List<Refusal.FieldError> problems = new java.util.ArrayList<>();
		if (bytes == null || bytes.length == 0) {
			problems.add(Refusal.FieldError.of("file", "enforcement.refused.evidence.file"));
		}
		else if (bytes.length > MAX_EVIDENCE_BYTES) {
			problems.add(Refusal.FieldError.of("file", "enforcement.refused.evidence.tooLarge", 10));
		}
		if (Text.blank(description) || description.strip().length() > 500) {
			problems.add(Refusal.FieldError.of("description", "enforcement.refused.evidence.description"));
		}
		Refusal.throwIfAny(problems);
		String sha = sha256(bytes);
		String name = Text.blank(fileName) ? "evidence" : fileName.strip();
		name = name.length() > 200 ? name.substring(name.length() - 200) : name;
		String type = mediaType(contentType);
		Instant now = clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into enforcement_evidence (measure_id, file_name, content_type, size_bytes, sha256, description,
					  added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(measureId, name, type, bytes.length, sha, description.strip(), actor.username(), Measures.ts(now))
				.update(keys, "id");
		}
		catch (DuplicateKeyException twice) {
			throw PenaltyRefusals.evidenceTwice(sha);
		}
		// the bytes go to the one content-addressed store; the list keeps name, type and description
		files.keep("penalty-evidence:" + keys.getKey().longValue(), type, bytes);
		events.publishEvent(new PenaltyStepRecorded(measureId, penalty.caseNumber, "EVIDENCE", actor.username(),
				"file=" + name + "; size=" + bytes.length + "; description=" + description.strip(), List.of(sha), null, now));
		return evidence(measureId).stream().filter(e -> e.sha256().equals(sha)).findFirst().orElseThrow();
	}

	List<EvidenceItem> evidence(long measureId) {
		return jdbc.sql("""
				select id, measure_id, file_name, content_type, size_bytes, sha256, description, added_by, added_at
				from enforcement_evidence where measure_id = ? order by id""")
			.param(measureId)
			.query((rs, n) -> new EvidenceItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
			.list();
	}

	/** An evidence file's bytes, for a viewer who may see the case. */
	@Transactional(readOnly = true)
	EvidenceFile evidenceFile(long evidenceId, CurrentUser viewer) {
		EvidenceFile file = jdbc.sql("select measure_id, file_name, content_type, sha256 from enforcement_evidence where id = ?")
			.param(evidenceId)
			.query((rs, n) -> new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getString(3),
					files.content(rs.getString(4))
						.orElseThrow(() -> new IllegalStateException("Evidence " + evidenceId + " has no stored file"))))
			.optional()
			.orElseThrow(() -> PenaltyRefusals.evidenceNotFound(evidenceId));
		visible(file.measureId(), viewer);
		return file;
	}

	record EvidenceFile(long measureId, String fileName, String contentType, byte[] content) {
	}

	@Transactional
	PenaltyView propose(long measureId, @Nullable String severity, @Nullable String amount, @Nullable String facts,
			CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Severity grade = parseSeverity(severity);
		BigDecimal fine = parseAmount(amount);
		PenaltyCase.Benchmark benchmark = grade == null ? null : rules.benchmark(penalty.categoryCode, grade)
			.map(b -> new PenaltyCase.Benchmark(b.minAmount(), b.maxAmount(), b.major()))
			.orElse(null);
		if (!Text.blank(amount) && fine == null) {
			throw Refusal.invalid("amount", "enforcement.refused.amount.number");
		}
		penalty.propose(grade, fine, facts, evidence(measureId).size(), benchmark, majorAmount);
		save(penalty);
		events.publishEvent(new PenaltyStepRecorded(measureId, penalty.caseNumber, "PROPOSAL", actor.username(),
				"severity=" + penalty.severity + "; amount=" + EnforcementRules.yuan(penalty.amount) + "; review="
						+ penalty.review + (penalty.majorBecause == null ? "" : " (" + penalty.majorBecause + ")"),
				List.of(), null, clock.instant()));
		return view(penalty);
	}

	@Transactional
	PenaltyView review(long measureId, @Nullable Boolean passed, @Nullable String opinion, CurrentUser actor) {
		if (!actor.has(Role.COMMAND_CENTRE)) {
			throw PenaltyRefusals.reviewersOnly();
		}
		PenaltyCase penalty = visible(measureId, actor);
		MeasureView measure = measures.find(measureId).orElseThrow();
		penalty.review(passed, opinion, actor.username(), measure.officers());
		save(penalty);
		events.publishEvent(new PenaltyStepRecorded(measureId, penalty.caseNumber, "REVIEW", actor.username(),
				"review=" + penalty.review + "; opinion=" + penalty.reviewOpinion, List.of(), null, clock.instant()));
		return view(penalty);
	}

	@Transactional
	PenaltyView decide(long measureId, boolean disclose, CurrentUser actor) {
		if (!actor.has(Role.SQUAD_LEADER) && !actor.has(Role.COMMAND_CENTRE)) {
			throw PenaltyRefusals.decidersOnly();
		}
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		Instant ends = penalty.noticePeriodEnds();
		penalty.decide(actor.username(), disclose, now, unanswered(measureId),
				ends == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(ends));
		save(penalty);
		CaseDetail detail = cases.detail(new CaseNumber(penalty.caseNumber), actor);
		String squad = detail.summary().squadCode();
		String number = numbering.issue(measureId, MeasureType.PENALTY_CASE, squad == null ? "district" : squad,
				now.atZone(zone).getYear(), now);
		events.publishEvent(new PenaltyStepRecorded(measureId, penalty.caseNumber, "DECISION", actor.username(),
				"amount=" + EnforcementRules.yuan(penalty.amount) + "; late=" + stepLate(penalty, "DECISION", now) + "; disclose="
						+ disclose,
				List.of(), number, now));
		if (disclose) {
			disclosures.publish(measureId, actor);
		}
		return view(penalty);
	}

	@Transactional
	PenaltyView serve(long measureId, @Nullable String method, @Nullable String servedTo, @Nullable Instant servedAt,
			CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		penalty.serve(parseMethod(method), servedTo, servedAt, now);
		save(penalty);
		events.publishEvent(new PenaltyStepRecorded(measureId, penalty.caseNumber, "SERVICE", actor.username(),
				"method=" + penalty.serviceMethod + "; to=" + penalty.servedTo + "; at=" + penalty.servedAt + "; late="
						+ stepLate(penalty, "SERVICE", now),
				List.of(), decisionNumber(measureId), now));
		return view(penalty);
	}

	private static void requireDecider(CurrentUser actor) {
		if (!actor.has(Role.SQUAD_LEADER) && !actor.has(Role.COMMAND_CENTRE)) {
			throw PenaltyRefusals.decidersOnly();
		}
	}

	private void step(PenaltyCase penalty, String step, CurrentUser actor, String details, Instant at) {
		save(penalty);
		events.publishEvent(new PenaltyStepRecorded(penalty.measureId, penalty.caseNumber, step, actor.username(), details,
				List.of(), decisionNumber(penalty.measureId), at));
	}

	/** 立案审批: the squad leader (or command centre) approves the filing. */
	@Transactional
	PenaltyView approveFiling(long measureId, CurrentUser actor) {
		requireDecider(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		penalty.approveFiling(actor.username(), now);
		step(penalty, "FILING_APPROVED", actor, "approved", now);
		return view(penalty);
	}

	/**
	 * 事先告知: the prior notice was served on the party; the statement period and (for a fine at the
	 * hearing threshold: natural persons and organisations have their own) the hearing request period run.
	 */
	@Transactional
	PenaltyView notify(long measureId, @Nullable Instant noticeAt, CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		Instant from = noticeAt == null ? now : noticeAt;
		boolean hearingRight = penalty.amount != null && penalty.amount.compareTo(hearingThreshold(measureId)) >= 0;
		penalty.notify(actor.username(), noticeAt, limits.statement().from(from, workingTime, zone), hearingRight,
				limits.hearingRequest().from(from, workingTime, zone), now);
		step(penalty, "PRIOR_NOTICE", actor, "at=" + penalty.noticeAt + "; statementDue=" + penalty.statementDue
				+ "; hearingRight=" + hearingRight + "; hearingDue=" + penalty.hearingDue, now);
		return view(penalty);
	}

	/** The fine from which the party may request a hearing: a natural person's or an organisation's threshold. */
	BigDecimal hearingThreshold(long measureId) {
		MeasureView measure = measures.find(measureId).orElseThrow();
		boolean organisation = parties.find(measure.partyId()).map(p -> p.creditCode() != null).orElse(true);
		return organisation ? limits.hearingThresholdOrganisation() : limits.hearingThresholdPerson();
	}

	/** The party's statement and defence (陈述申辩) or hearing request (听证申请), as received. */
	@Transactional
	PenaltyView receive(long measureId, boolean hearingRequest, @Nullable String content, @Nullable Instant receivedAt,
			CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		penalty.receive(hearingRequest, content, receivedAt, now);
		String kind = hearingRequest ? "HEARING_REQUEST" : "STATEMENT";
		jdbc.sql("""
				insert into enforcement_penalty_statement (measure_id, kind, content, received_at, recorded_by)
				values (?, ?, ?, ?, ?)""")
			.params(measureId, kind, content.strip(), Measures.ts(receivedAt), actor.username())
			.update();
		step(penalty, kind, actor, "receivedAt=" + receivedAt + "; content=" + content.strip(), now);
		return view(penalty);
	}

	/** The officers' answer to a statement (复核): adopted or not, and why. */
	@Transactional
	PenaltyView answer(long measureId, long statementId, @Nullable Boolean adopted, @Nullable String answer,
			CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Statement statement = statements(measureId).stream()
			.filter(st -> st.id() == statementId)
			.findFirst()
			.orElseThrow(() -> PenaltyRefusals.statementNotFound(statementId));
		if (statement.answered() || !statement.kind().equals("STATEMENT")) {
			throw PenaltyRefusals.statementAnswered();
		}
		if (!penalty.stage.before(PenaltyCase.Stage.DECIDED)) {
			throw PenaltyRefusals.decided();
		}
		List<Refusal.FieldError> problems = new java.util.ArrayList<>();
		if (adopted == null) {
			problems.add(Refusal.FieldError.of("adopted", "enforcement.refused.penalty.answer.adopted"));
		}
		if (Text.blank(answer) || answer.strip().length() > 2000) {
			problems.add(Refusal.FieldError.of("answer", "enforcement.refused.penalty.answer.text"));
		}
		Refusal.throwIfAny(problems);
		Instant now = clock.instant();
		jdbc.sql("update enforcement_penalty_statement set adopted = ?, answer = ?, answered_by = ?, answered_at = ? where id = ?")
			.params(adopted, answer.strip(), actor.username(), Measures.ts(now), statementId)
			.update();
		step(penalty, "STATEMENT_ANSWERED", actor, "statement=" + statementId + "; adopted=" + adopted + "; answer="
				+ answer.strip(), now);
		return view(penalty);
	}

	/** The party's written waiver of statement and hearing (书面放弃陈述申辩、听证权利). */
	@Transactional
	PenaltyView waive(long measureId, @Nullable String note, @Nullable Instant waivedAt, CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		penalty.waive(note, waivedAt, now);
		step(penalty, "WAIVER", actor, "at=" + waivedAt + "; note=" + penalty.waiverNote, now);
		return view(penalty);
	}

	/** The hearing's time and place (听证通知), at least the notice limit ahead. */
	@Transactional
	PenaltyView scheduleHearing(long measureId, @Nullable Instant at, @Nullable String place, CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		penalty.scheduleHearing(at, place, limits.hearingNotice().from(now, workingTime, zone).minus(PenaltyCase.SKEW));
		step(penalty, "HEARING_SCHEDULED", actor, "at=" + at + "; place=" + penalty.hearingPlace, now);
		return view(penalty);
	}

	/** The hearing was held: its record (听证笔录) and conclusion. */
	@Transactional
	PenaltyView holdHearing(long measureId, @Nullable String record, CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		penalty.holdHearing(record, now);
		step(penalty, "HEARING_HELD", actor, "record=" + penalty.hearingRecord, now);
		return view(penalty);
	}

	/** Execution (执行): the fine paid, or the decision enforced. */
	@Transactional
	PenaltyView execute(long measureId, @Nullable String how, @Nullable String note, CurrentUser actor) {
		requireEnforcer(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		PenaltyCase.Execution kind = null;
		try {
			kind = Text.blank(how) ? null : PenaltyCase.Execution.valueOf(how.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			// answered as the missing kind
		}
		penalty.execute(kind, note, now);
		step(penalty, "EXECUTION", actor, "kind=" + kind + "; note=" + penalty.executionNote, now);
		return view(penalty);
	}

	/** Closing approval (结案审批), by the squad leader or the command centre. */
	@Transactional
	PenaltyView close(long measureId, @Nullable String note, CurrentUser actor) {
		requireDecider(actor);
		PenaltyCase penalty = visible(measureId, actor);
		Instant now = clock.instant();
		penalty.close(actor.username(), note, now);
		step(penalty, "CLOSING", actor, "note=" + penalty.closingNote, now);
		return view(penalty);
	}

	List<Statement> statements(long measureId) {
		return jdbc.sql("""
				select id, kind, content, received_at, recorded_by, adopted, answer, answered_by, answered_at
				from enforcement_penalty_statement where measure_id = ? order by id""")
			.param(measureId)
			.query((rs, n) -> new Statement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getString(5), (Boolean) rs.getObject(6), rs.getString(7), rs.getString(8),
					Measures.instant(rs.getTimestamp(9))))
			.list();
	}

	private int unanswered(long measureId) {
		// a hearing request is answered by the hearing itself
		return (int) statements(measureId).stream().filter(st -> st.kind().equals("STATEMENT") && !st.answered()).count();
	}

	/** Every step's limit from the settings, counted in calendar or working days, with its flags now. */
	List<StepDeadline> deadlines(PenaltyCase p, Instant now) {
		List<StepDeadline> steps = new java.util.ArrayList<>();
		java.time.Duration warn = limits.dueSoonBefore();
		steps.add(officerStep("FILING_APPROVAL", limits.filingApproval().from(p.filedAt, workingTime, zone),
				p.filingApprovedAt, now, warn));
		if (p.statementDue != null) {
			steps.add(new StepDeadline("STATEMENT", p.statementDue, null, false, false, true, !now.isBefore(p.statementDue)));
		}
		if (p.hearingDue != null) {
			steps.add(new StepDeadline("HEARING_REQUEST", p.hearingDue, p.hearingRequestedAt, false, false, true,
					!now.isBefore(p.hearingDue)));
		}
		if (p.hearingAt != null) {
			steps.add(officerStep("HEARING", p.hearingAt, p.hearingHeldAt, now, warn));
		}
		steps.add(officerStep("DECISION", decideBy(p), p.decidedAt, now, DECISION_WARN_BEFORE));
		if (p.decidedAt != null) {
			steps.add(officerStep("SERVICE", limits.service().from(p.decidedAt, workingTime, zone), p.servedAt, now, warn));
		}
		if (p.servedAt != null) {
			steps.add(officerStep("PAYMENT", limits.payment().from(p.servedAt, workingTime, zone), p.executedAt, now, warn));
		}
		if (p.executedAt != null) {
			steps.add(officerStep("CLOSING", limits.closing().from(p.executedAt, workingTime, zone), p.closedAt, now, warn));
		}
		return steps;
	}

	private boolean stepLate(PenaltyCase p, String step, Instant now) {
		return deadlines(p, now).stream().anyMatch(d -> d.step().equals(step) && d.overdue());
	}

	private Instant decideBy(PenaltyCase p) {
		return limits.decision().from(p.filedAt, workingTime, zone);
	}

	private static StepDeadline officerStep(String step, Instant due, @Nullable Instant done, Instant now,
			java.time.Duration warn) {
		boolean overdue = done == null ? now.isAfter(due) : done.isAfter(due);
		boolean dueSoon = done == null && !overdue && !now.isBefore(due.minus(warn));
		return new StepDeadline(step, due, done, dueSoon, overdue, false, done != null);
	}

	/** Opened with the PENALTY_CASE measure, in its transaction. */
	void open(long measureId, String caseNumber, String categoryCode, Instant filedAt, boolean markedMajor) {
		jdbc.sql("""
				insert into enforcement_penalty (measure_id, case_number, category_code, filed_at, marked_major, stage, review)
				values (?, ?, ?, ?, ?, 'FILED', 'NOT_REQUIRED')""")
			.params(measureId, caseNumber, categoryCode, Measures.ts(filedAt), markedMajor)
			.update();
	}

	List<PenaltyView> ofCase(String caseNumber) {
		return jdbc.sql("select measure_id from enforcement_penalty where case_number = ? order by measure_id")
			.param(caseNumber)
			.query(Long.class)
			.list()
			.stream()
			.flatMap(id -> ofMeasure(id).stream())
			.toList();
	}

	private PenaltyCase visible(long measureId, CurrentUser viewer) {
		PenaltyCase penalty = load(measureId).orElseThrow(() -> PenaltyRefusals.penaltyNotFound(measureId));
		cases.detail(new CaseNumber(penalty.caseNumber), viewer);
		return penalty;
	}

	private Optional<PenaltyCase> load(long measureId) {
		return jdbc.sql("select * from enforcement_penalty where measure_id = ?").param(measureId).query((rs, n) -> {
			PenaltyCase p = new PenaltyCase(rs.getLong("measure_id"), rs.getString("case_number"),
					rs.getString("category_code"), rs.getTimestamp("filed_at").toInstant(), rs.getBoolean("marked_major"));
			p.stage = PenaltyCase.Stage.valueOf(rs.getString("stage"));
			p.review = PenaltyCase.Review.valueOf(rs.getString("review"));
			p.severity = rs.getString("severity") == null ? null : Severity.valueOf(rs.getString("severity"));
			p.amount = rs.getBigDecimal("amount");
			p.facts = rs.getString("facts");
			p.majorBecause = rs.getString("major_because");
			p.reviewedBy = rs.getString("reviewed_by");
			p.reviewOpinion = rs.getString("review_opinion");
			p.decidedAt = Measures.instant(rs.getTimestamp("decided_at"));
			p.decidedBy = rs.getString("decided_by");
			p.servedAt = Measures.instant(rs.getTimestamp("served_at"));
			p.serviceMethod = rs.getString("service_method") == null ? null
					: PenaltyCase.ServiceMethod.valueOf(rs.getString("service_method"));
			p.servedTo = rs.getString("served_to");
			p.disclose = rs.getBoolean("disclose");
			p.filingApprovedAt = Measures.instant(rs.getTimestamp("filing_approved_at"));
			p.filingApprovedBy = rs.getString("filing_approved_by");
			p.noticeAt = Measures.instant(rs.getTimestamp("notice_at"));
			p.noticeBy = rs.getString("notice_by");
			p.statementDue = Measures.instant(rs.getTimestamp("statement_due"));
			p.hearingRight = rs.getBoolean("hearing_right");
			p.hearingDue = Measures.instant(rs.getTimestamp("hearing_due"));
			p.waivedAt = Measures.instant(rs.getTimestamp("waived_at"));
			p.waiverNote = rs.getString("waiver_note");
			p.hearingRequestedAt = Measures.instant(rs.getTimestamp("hearing_requested_at"));
			p.hearingAt = Measures.instant(rs.getTimestamp("hearing_at"));
			p.hearingPlace = rs.getString("hearing_place");
			p.hearingHeldAt = Measures.instant(rs.getTimestamp("hearing_held_at"));
			p.hearingRecord = rs.getString("hearing_record");
			p.executedAt = Measures.instant(rs.getTimestamp("executed_at"));
			p.execution = rs.getString("execution_kind") == null ? null
					: PenaltyCase.Execution.valueOf(rs.getString("execution_kind"));
			p.executionNote = rs.getString("execution_note");
			p.closedAt = Measures.instant(rs.getTimestamp("closed_at"));
			p.closedBy = rs.getString("closed_by");
			p.closingNote = rs.getString("closing_note");
			return p;
		}).optional();
	}

	private void save(PenaltyCase p) {
		jdbc.sql("""
				update enforcement_penalty set stage = ?, review = ?, severity = ?, amount = ?, facts = ?, major_because = ?,
				  reviewed_by = ?, review_opinion = ?, decided_at = ?, decided_by = ?, served_at = ?, service_method = ?,
				  served_to = ?, disclose = ?, filing_approved_at = ?, filing_approved_by = ?, notice_at = ?, notice_by = ?,
				  statement_due = ?, hearing_right = ?, hearing_due = ?, waived_at = ?, waiver_note = ?,
				  hearing_requested_at = ?, hearing_at = ?, hearing_place = ?, hearing_held_at = ?, hearing_record = ?,
				  executed_at = ?, execution_kind = ?, execution_note = ?, closed_at = ?, closed_by = ?, closing_note = ?,
				  version = version + 1
				where measure_id = ?""")
			.params(p.stage.name(), p.review.name(), p.severity == null ? null : p.severity.name(), p.amount, p.facts,
					p.majorBecause, p.reviewedBy, p.reviewOpinion, Measures.ts(p.decidedAt), p.decidedBy,
					Measures.ts(p.servedAt), p.serviceMethod == null ? null : p.serviceMethod.name(), p.servedTo, p.disclose,
					Measures.ts(p.filingApprovedAt), p.filingApprovedBy, Measures.ts(p.noticeAt), p.noticeBy,
					Measures.ts(p.statementDue), p.hearingRight, Measures.ts(p.hearingDue), Measures.ts(p.waivedAt),
					p.waiverNote, Measures.ts(p.hearingRequestedAt), Measures.ts(p.hearingAt), p.hearingPlace,
					Measures.ts(p.hearingHeldAt), p.hearingRecord, Measures.ts(p.executedAt),
					p.execution == null ? null : p.execution.name(), p.executionNote, Measures.ts(p.closedAt), p.closedBy,
					p.closingNote, p.measureId)
			.update();
	}

	private PenaltyView view(PenaltyCase p) {
		Instant now = clock.instant();
		List<StepDeadline> steps = deadlines(p, now);
		StepDeadline decision = steps.stream().filter(d -> d.step().equals("DECISION")).findFirst().orElseThrow();
		StepDeadline service = steps.stream().filter(d -> d.step().equals("SERVICE")).findFirst().orElse(null);
		StepDeadline payment = steps.stream().filter(d -> d.step().equals("PAYMENT")).findFirst().orElse(null);
		return new PenaltyView(p.measureId, p.caseNumber, p.categoryCode, p.filedAt, p.stage, p.review,
				p.majorBecause != null, p.majorBecause, p.severity, p.amount, p.facts, p.reviewedBy, p.reviewOpinion,
				decision.due(), decision.dueSoon(), decision.overdue(), p.decidedAt, p.decidedBy,
				decisionNumber(p.measureId), service == null ? null : service.due(), service != null && service.overdue(),
				p.servedAt, p.serviceMethod, p.servedTo, p.disclose, evidence(p.measureId), p.filingApprovedAt,
				p.filingApprovedBy, p.noticeAt, p.statementDue, p.hearingRight, p.hearingDue, p.noticePeriodEnds(),
				p.waivedAt, p.waiverNote, p.hearingRequestedAt, p.hearingAt, p.hearingPlace, p.hearingHeldAt,
				p.hearingRecord, p.execution, p.executionNote, p.executedAt, payment == null ? null : payment.due(),
				p.closedAt, p.closedBy, p.closingNote, statements(p.measureId), steps,
				PenaltyDocuments.pdfUrls(p.measureId, PenaltyDocuments.issued(p.noticeAt != null, p.hearingRight,
						p.decidedAt != null, p.servedAt != null, p.executedAt != null)));
	}

	private @Nullable String decisionNumber(long measureId) {
		return jdbc.sql("select doc_number from enforcement_document where measure_id = ?")
			.param(measureId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The upload's declared type if it is a well-formed media type, else plain bytes. */
	private static String mediaType(@Nullable String declared) {
		try {
			return Text.blank(declared) || declared.length() > 100 ? "application/octet-stream"
					: org.springframework.http.MediaType.parseMediaType(declared.strip()).toString();
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return "application/octet-stream";
		}
	}

	private static void requireEnforcer(CurrentUser actor) {
		if (actor.roles().stream().noneMatch(Measures.ENFORCERS::contains)) {
			throw PenaltyRefusals.officersOnly();
		}
	}

	private static @Nullable Severity parseSeverity(@Nullable String text) {
		try {
			return Text.blank(text) ? null : Severity.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal parseAmount(@Nullable String text) {
		try {
			return Text.blank(text) ? null : new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static PenaltyCase.@Nullable ServiceMethod parseMethod(@Nullable String text) {
		try {
			return Text.blank(text) ? null : PenaltyCase.ServiceMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
