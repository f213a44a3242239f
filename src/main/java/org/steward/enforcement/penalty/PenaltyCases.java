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

	/** A penalty case as pages and the API show it, with its deadline flags at the time asked. */
	record PenaltyView(long measureId, String caseNumber, String categoryCode, Instant filedAt, PenaltyCase.Stage stage,
			PenaltyCase.Review review, boolean reviewRequired, @Nullable String majorBecause,
			@Nullable Severity severity, @Nullable BigDecimal amount, @Nullable String facts, @Nullable String reviewedBy,
			@Nullable String reviewOpinion, Instant decideBy, boolean decisionDueSoon, boolean decisionOverdue,
			@Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String decisionNumber,
			@Nullable Instant serveBy, boolean serviceOverdue, @Nullable Instant servedAt,
			PenaltyCase.@Nullable ServiceMethod serviceMethod, @Nullable String servedTo, boolean disclose,
			List<EvidenceItem> evidence) {

		/** The proposed fine as people write it (200, not 200.00). */
		public @Nullable String amountText() {
			return amount == null ? null : EnforcementRules.yuan(amount);
		}
	}

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

	PenaltyCases(JdbcClient jdbc, Measures measures, CaseQueries cases, EnforcementRules rules,
			DocumentNumbering numbering, Disclosures disclosures, ApplicationEventPublisher events, Clock clock,
			StewardProperties steward, EnforcementProperties settings, EvidenceFiles files) {
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
		if (penalty.stage == PenaltyCase.Stage.DECIDED || penalty.stage == PenaltyCase.Stage.SERVED) {
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
		penalty.decide(actor.username(), disclose, now);
		save(penalty);
		CaseDetail detail = cases.detail(new CaseNumber(penalty.caseNumber), actor);
		String squad = detail.summary().squadCode();
		String number = numbering.issue(measureId, MeasureType.PENALTY_CASE, squad == null ? "district" : squad,
				now.atZone(zone).getYear(), now);
		events.publishEvent(new PenaltyStepRecorded(measureId, penalty.caseNumber, "DECISION", actor.username(),
				"amount=" + EnforcementRules.yuan(penalty.amount) + "; late=" + penalty.decisionOverdue(now) + "; disclose="
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
						+ penalty.serviceOverdue(now),
				List.of(), decisionNumber(measureId), now));
		return view(penalty);
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
			return p;
		}).optional();
	}

	private void save(PenaltyCase p) {
		jdbc.sql("""
				update enforcement_penalty set stage = ?, review = ?, severity = ?, amount = ?, facts = ?, major_because = ?,
				  reviewed_by = ?, review_opinion = ?, decided_at = ?, decided_by = ?, served_at = ?, service_method = ?,
				  served_to = ?, disclose = ?, version = version + 1
				where measure_id = ?""")
			.params(p.stage.name(), p.review.name(), p.severity == null ? null : p.severity.name(), p.amount, p.facts,
					p.majorBecause, p.reviewedBy, p.reviewOpinion, Measures.ts(p.decidedAt), p.decidedBy,
					Measures.ts(p.servedAt), p.serviceMethod == null ? null : p.serviceMethod.name(), p.servedTo, p.disclose,
					p.measureId)
			.update();
	}

	private PenaltyView view(PenaltyCase p) {
		Instant now = clock.instant();
		return new PenaltyView(p.measureId, p.caseNumber, p.categoryCode, p.filedAt, p.stage, p.review,
				p.majorBecause != null, p.majorBecause, p.severity, p.amount, p.facts, p.reviewedBy, p.reviewOpinion,
				p.decideBy(), p.decisionDueSoon(now), p.decisionOverdue(now), p.decidedAt, p.decidedBy,
				decisionNumber(p.measureId), p.serveBy(), p.serviceOverdue(now), p.servedAt, p.serviceMethod, p.servedTo,
				p.disclose, evidence(p.measureId));
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
