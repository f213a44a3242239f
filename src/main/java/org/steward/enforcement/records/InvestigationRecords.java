package org.steward.enforcement.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.enforcement.DocumentNumbering;
import org.steward.enforcement.EnforcementDocument;
import org.steward.enforcement.EnforcementProperties;
import org.steward.enforcement.EnforcementRecordMade;
import org.steward.enforcement.EnforcementRefusals;
import org.steward.enforcement.Measures;
import org.steward.enforcement.Text;
import org.steward.parties.Party;
import org.steward.parties.Parties;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.organization.Officer;
import org.steward.organization.Organization;
import org.steward.refusal.Refusal;

/**
 * Makes and reads the on-site inspection records and inquiry records of a case: numbered per
 * squad, kind and year (金城管东风检〔2026〕3号), rendered as documents in Chinese, hashed, and
 * entered into the whole-process record.
 */
@Service
class InvestigationRecords {

	private static final Locale LEGAL = Locale.SIMPLIFIED_CHINESE;

	/** A record as the pages and the API show it. */
	record RecordView(long id, String caseNumber, long partyId, RecordKind kind, String documentNumber,
			Instant startedAt, @Nullable Instant endedAt, String place, List<RecordDraft.NamedOfficer> officers,
			boolean partyPresent, @Nullable String presentPerson, @Nullable String presentRole,
			@Nullable String findings, List<RecordDraft.QuestionAnswer> questions, String recordedBy, Instant recordedAt,
			@Nullable String contentSha256, String documentUrl, String pdfUrl) {
	}

	private final JdbcClient jdbc;

	private final CaseQueries cases;

	private final Accounts accounts;

	private final Organization organization;

	private final Parties parties;

	private final DocumentNumbering numbering;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	private final String issuer;

	InvestigationRecords(JdbcClient jdbc, CaseQueries cases, Accounts accounts, Organization organization,
			Parties parties, DocumentNumbering numbering, MessageSource messages, ApplicationEventPublisher events,
			Clock clock, StewardProperties steward, EnforcementProperties settings) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.accounts = accounts;
		this.organization = organization;
		this.parties = parties;
		this.numbering = numbering;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.zone = steward.zone();
		this.issuer = settings.issuer();
	}

	@Transactional
	RecordView make(CaseNumber number, RecordDraft draft, CurrentUser actor) {
		if (actor.roles().stream().noneMatch(Measures.ENFORCERS::contains)) {
			throw EnforcementRefusals.recordOfficersOnly();
		}
		CaseDetail detail = cases.detail(number, actor);
		Instant now = clock.instant();
		List<Refusal.FieldError> problems = new ArrayList<>();
		Long partyId = draft.partyId();
		if (partyId == null) {
			problems.add(Refusal.FieldError.of("partyId", "enforcement.refused.partyId.required"));
		}
		else if (parties.find(partyId).isEmpty()) {
			problems.add(Refusal.FieldError.of("partyId", "enforcement.refused.partyId.unknown", String.valueOf(partyId)));
		}
		List<RecordDraft.NamedOfficer> officers = officers(draft.officers(), problems);
		problems.addAll(draft.problems(officers, now));
		Refusal.throwIfAny(problems);

		RecordKind kind = draft.recordKind();
		String squad = detail.summary().squadCode() == null ? "district" : detail.summary().squadCode();
		int year = now.atZone(zone).getYear();
		int seq = numbering.nextSeq(kind.counterKey(), squad, year);
		String documentNumber = numbering.number(kind.abbreviation(), squad, year, seq);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enforcement_record (case_number, party_id, kind, squad_code, doc_year, seq, doc_number,
				  started_at, ended_at, place, party_present, present_person, present_role, findings, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(number.value(), partyId, kind.name(), squad, year, seq, documentNumber, Measures.ts(draft.startedAt()),
					Measures.ts(draft.endedAt()), draft.place().strip(), Boolean.TRUE.equals(draft.partyPresent()),
					strip(draft.presentPerson()), strip(draft.presentRole()), strip(draft.findings()), actor.username(),
					Measures.ts(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (int i = 0; i < officers.size(); i++) {
			RecordDraft.NamedOfficer o = officers.get(i);
			jdbc.sql("insert into enforcement_record_officer (record_id, position, username, name, certificate) values (?, ?, ?, ?, ?)")
				.params(id, i, o.username(), o.name(), o.certificate())
				.update();
		}
		List<RecordDraft.QuestionAnswer> pairs = kind == RecordKind.INQUIRY ? draft.answered() : List.of();
		for (int i = 0; i < pairs.size(); i++) {
			jdbc.sql("insert into enforcement_record_qa (record_id, position, question, answer) values (?, ?, ?, ?)")
				.params(id, i, pairs.get(i).question(), pairs.get(i).answer())
				.update();
		}
		String sha = sha256(document(find(id).orElseThrow()).text());
		jdbc.sql("update enforcement_record set content_sha256 = ? where id = ?").params(sha, id).update();
		events.publishEvent(new EnforcementRecordMade(id, number.value(), partyId, kind.name(), documentNumber,
				actor.username(), officers.stream().map(RecordDraft.NamedOfficer::username).toList(), draft.place().strip(),
				sha, now));
		return find(id).orElseThrow();
	}

	Optional<RecordView> find(long id) {
		return jdbc.sql("select * from enforcement_record where id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	List<RecordView> ofCase(CaseNumber number) {
		return jdbc.sql("select * from enforcement_record where case_number = ? order by id")
			.param(number.value())
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The record as a document, in Chinese whatever the viewer's language: it is signed by the party. */
	EnforcementDocument document(RecordView r) {
		Party party = parties.find(r.partyId()).orElseThrow();
		DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy年M月d日H时m分", LEGAL).withZone(zone);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy年M月d日", LEGAL).withZone(zone);
		String time = minute.format(r.startedAt())
				+ (r.endedAt() == null ? "" : msg("enforcement.record.doc.until", minute.format(r.endedAt())));
		String officers = String.join("、", r.officers()
			.stream()
			.map(o -> msg("enforcement.record.doc.officer", o.name(), o.certificate()))
			.toList());
		String present = r.presentPerson() == null ? msg("enforcement.record.doc.absent")
				: r.presentPerson() + (r.presentRole() == null ? "" : "（" + r.presentRole() + "）");
		List<String> paragraphs = new ArrayList<>();
		boolean inquiry = r.kind() == RecordKind.INQUIRY;
		paragraphs.add(msg(inquiry ? "enforcement.record.doc.inquiryTime" : "enforcement.record.doc.inspectionTime", time));
		paragraphs.add(msg("enforcement.record.doc.place", r.place()));
		paragraphs.add(msg(inquiry ? "enforcement.record.doc.inquirers" : "enforcement.record.doc.inspectors", officers));
		paragraphs.add(msg("enforcement.record.doc.party", party.name(), party.address(),
				party.creditCode() == null ? "—" : party.creditCode()));
		paragraphs.add(msg(inquiry ? "enforcement.record.doc.questioned" : "enforcement.record.doc.present", present));
		paragraphs.add(msg(inquiry ? "enforcement.record.doc.inquiryNotice" : "enforcement.record.doc.inspectionNotice",
				issuer));
		if (inquiry) {
			for (RecordDraft.QuestionAnswer qa : r.questions()) {
				paragraphs.add(msg("enforcement.record.doc.question", qa.question()));
				paragraphs.add(msg("enforcement.record.doc.answer", qa.answer()));
			}
		}
		else {
			paragraphs.add(msg("enforcement.record.doc.findings", r.findings() == null ? "" : r.findings()));
		}
		paragraphs.add(msg(inquiry ? "enforcement.record.doc.inquiryClose" : "enforcement.record.doc.inspectionClose"));
		List<String> signatures = List.of(
				msg(inquiry ? "enforcement.record.doc.signQuestioned" : "enforcement.record.doc.signInspected"),
				msg("enforcement.record.doc.signOfficers"), msg("enforcement.record.doc.signRecorder", recorder(r)));
		return new EnforcementDocument(r.id(),
				msg(inquiry ? "enforcement.record.doc.title.INQUIRY" : "enforcement.record.doc.title.INSPECTION"),
				r.documentNumber(), paragraphs,
				r.officers().stream().map(o -> msg("enforcement.record.doc.officer", o.name(), o.certificate())).toList(),
				signatures, List.of(), issuer, "", day.format(r.recordedAt()),
				"/enforcement/records/" + r.id() + ".pdf");
	}

	/**
	 * The recorder as the record names its officers: by name and certificate number, as kept when the
	 * record was made if the recorder is one of its officers, else from the organisation's roster.
	 */
	private String recorder(RecordView r) {
		RecordDraft.NamedOfficer named = r.officers()
			.stream()
			.filter(o -> o.username().equals(r.recordedBy()))
			.findFirst()
			.orElseGet(() -> organization.officerByUsername(r.recordedBy())
				.map(o -> new RecordDraft.NamedOfficer(r.recordedBy(), o.name(), o.code()))
				.orElseGet(() -> new RecordDraft.NamedOfficer(r.recordedBy(),
						accounts.byUsername(r.recordedBy()).map(CurrentUser::displayName).orElse(r.recordedBy()), null)));
		return named.certificate() == null || named.certificate().isBlank() ? named.name()
				: msg("enforcement.record.doc.officer", named.name(), named.certificate());
	}

	/** The officers named, once each, with their certificate numbers from the organisation. */
	private List<RecordDraft.NamedOfficer> officers(@Nullable List<String> usernames, List<Refusal.FieldError> problems) {
		Set<String> distinct = new LinkedHashSet<>();
		if (usernames != null) {
			usernames.stream().filter(u -> !Text.blank(u)).map(String::strip).forEach(distinct::add);
		}
		List<RecordDraft.NamedOfficer> named = new ArrayList<>();
		for (String username : distinct) {
			Optional<CurrentUser> account = accounts.byUsername(username);
			if (account.isEmpty()) {
				problems.add(Refusal.FieldError.of("officers", "enforcement.refused.officers.unknown", username));
			}
			else if (account.get().roles().stream().noneMatch(Measures.ENFORCERS::contains)) {
				problems.add(Refusal.FieldError.of("officers", "enforcement.refused.officers.notOfficer", username));
			}
			else {
				Optional<Officer> officer = organization.officerByUsername(username);
				named.add(new RecordDraft.NamedOfficer(username, officer.map(Officer::name).orElse(account.get().displayName()),
						officer.map(Officer::code).orElse(null)));
			}
		}
		return named;
	}

	private RecordView row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long id = rs.getLong("id");
		List<RecordDraft.NamedOfficer> officers = jdbc
			.sql("select username, name, certificate from enforcement_record_officer where record_id = ? order by position")
			.param(id)
			.query((r, n) -> new RecordDraft.NamedOfficer(r.getString(1), r.getString(2), r.getString(3)))
			.list();
		List<RecordDraft.QuestionAnswer> qa = jdbc
			.sql("select question, answer from enforcement_record_qa where record_id = ? order by position")
			.param(id)
			.query((r, n) -> new RecordDraft.QuestionAnswer(r.getString(1), r.getString(2)))
			.list();
		return new RecordView(id, rs.getString("case_number"), rs.getLong("party_id"), RecordKind.valueOf(rs.getString("kind")),
				rs.getString("doc_number"), rs.getTimestamp("started_at").toInstant(),
				Measures.instant(rs.getTimestamp("ended_at")), rs.getString("place"), officers,
				rs.getBoolean("party_present"), rs.getString("present_person"), rs.getString("present_role"),
				rs.getString("findings"), qa, rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("content_sha256"), "/enforcement/records/" + id, "/enforcement/records/" + id + ".pdf");
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, LEGAL);
	}

	private static @Nullable String strip(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
