package org.steward.enforcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.parties.Party;
import org.steward.parties.Parties;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/** Records measures on cases, suggests the lightest effective step and keeps the re-inspection tasks. */
@Service
public class Measures {

	static final Duration REPEAT_WINDOW = Duration.ofDays(365);

	public static final Set<Role> ENFORCERS = Set.of(Role.OFFICER, Role.STATION_HEAD, Role.SQUAD_LEADER,
			Role.COMMAND_CENTRE);

	private final JdbcClient jdbc;

	private final CaseQueries cases;

	private final Accounts accounts;

	private final Parties parties;

	private final DocumentNumbering numbering;

	private final EnforcementRules rules;

	/** Penalty cases read measures too, so they are looked up when first needed. */

	private final ApplicationEventPublisher events;

	private final org.steward.organization.Organization organization;

	private final List<PriorEducation> priorEducation;

	private final Clock clock;

	private final ZoneId zone;

	Measures(JdbcClient jdbc, CaseQueries cases, Accounts accounts, Parties parties, DocumentNumbering numbering,
			EnforcementRules rules,
			ApplicationEventPublisher events, List<PriorEducation> priorEducation, Clock clock, StewardProperties steward,
			org.steward.organization.Organization organization) {
		this.organization = organization;
		this.jdbc = jdbc;
		this.cases = cases;
		this.accounts = accounts;
		this.parties = parties;
		this.numbering = numbering;
		this.rules = rules;
		this.events = events;
		this.priorEducation = List.copyOf(priorEducation);
		this.clock = clock;
		this.zone = steward.zone();
	}

	LadderPolicy.Suggestion suggest(CaseNumber number, long partyId, CurrentUser viewer) {
		CaseDetail detail = cases.detail(number, viewer);
		requireParty(partyId);
		return suggestion(detail.summary().categoryCode(), partyId, number);
	}

	/** Throws unless the viewer may see the case. */
	public void suggestAccess(CaseNumber number, CurrentUser viewer) {
		cases.detail(number, viewer);
	}

	@Transactional
	public MeasureView record(CaseNumber number, MeasureRequest request, CurrentUser actor) {
		if (actor.roles().stream().noneMatch(ENFORCERS::contains)) {
			throw EnforcementRefusals.measureOfficersOnly();
		}
		CaseDetail detail = cases.detail(number, actor);
		Instant now = clock.instant();
		List<Refusal.FieldError> problems = new ArrayList<>();
		MeasureType type = parseType(request.type(), problems);
		Long partyId = request.partyId();
		if (partyId == null) {
			problems.add(Refusal.FieldError.of("partyId", "enforcement.refused.partyId.required"));
		}
		else if (parties.find(partyId).isEmpty()) {
			problems.add(Refusal.FieldError.of("partyId", "enforcement.refused.partyId.unknown", String.valueOf(partyId)));
			partyId = null;
		}
		List<String> officers = officers(request.officers(), problems);
		if (type == MeasureType.RECTIFICATION_ORDER || type == MeasureType.PENALTY_CASE) {
			// the document names each officer with the certificate number (第四十二条): no certificate, no signature
			for (String officer : officers) {
				if (organization.officerByUsername(officer).map(o -> Text.blank(o.code())).orElse(true)) {
					problems.add(Refusal.FieldError.of("officers", "enforcement.refused.officers.certificate",
							accounts.byUsername(officer).map(CurrentUser::displayName).orElse(officer)));
				}
			}
		}
		String category = detail.summary().categoryCode();
		LadderPolicy.Suggestion suggestion = partyId == null ? null : suggestion(category, partyId, number);
		problems.addAll(MeasureRules.problems(type, request, officers, suggestion, now));
		Refusal.throwIfAny(problems);
		boolean follows = suggestion.followedBy(type);
		String reason = follows || Text.blank(request.reason()) ? null : request.reason().strip();
		boolean major = Boolean.TRUE.equals(request.major());
		Instant decideBy = type == MeasureType.PENALTY_CASE ? now.plus(Duration.ofDays(90)) : null;
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enforcement_measure (case_number, party_id, measure_type, category_code, notes, officers,
				  deadline, suggested_type, deviation_reason, agreement, signed_by, outcome, recorded_by, recorded_at,
				  major, decide_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(number.value(), partyId, type.name(), category, request.notes(), String.join(",", officers),
					ts(request.deadline()), suggestion.type().name(), reason, request.agreement(),
					request.signedBy(), type == MeasureType.RECTIFICATION_ORDER ? "PENDING" : null, actor.username(),
					ts(now), major, ts(decideBy))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		String documentNumber = null;
		if (type.producesDocument()) {
			String squad = detail.summary().squadCode();
			documentNumber = numbering.issue(id, type, squad == null ? "district" : squad, now.atZone(zone).getYear(), now);
		}
		events.publishEvent(new MeasureRecorded(id, number.value(), partyId, type.name(), actor.username(), officers,
				request.notes(), reason, documentNumber, now));
		return find(id).orElseThrow();
	}

	/**
	 * The measure, when the actor's data scope covers its case: the one scope check for every command on a
	 * measure (its disclosure, its re-inspection). 404 for an unknown measure, the case's own refusal
	 * (403) outside the actor's scope.
	 */
	MeasureView inScope(long id, CurrentUser actor) {
		MeasureView measure = find(id).orElseThrow(() -> EnforcementRefusals.measureNotFound(id));
		cases.detail(new CaseNumber(measure.caseNumber()), actor);
		return measure;
	}

	public Optional<MeasureView> find(long id) {
		return jdbc.sql(SELECT + " where m.id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	public List<MeasureView> ofCase(CaseNumber number) {
		return jdbc.sql(SELECT + " where m.case_number = ? order by m.id").param(number.value()).query((rs, n) -> row(rs)).list();
	}

	List<MeasureView> ofParty(long partyId) {
		return jdbc.sql(SELECT + " where m.party_id = ? order by m.id").param(partyId).query((rs, n) -> row(rs)).list();
	}

	private static final String SELECT = """
			select m.*, d.doc_number from enforcement_measure m
			left join enforcement_document d on d.measure_id = m.id""";

	private MeasureView row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long id = rs.getLong("id");
		String doc = rs.getString("doc_number");
		MeasureType type = MeasureType.valueOf(rs.getString("measure_type"));
		return new MeasureView(id, rs.getString("case_number"), rs.getLong("party_id"), type,
				rs.getString("category_code"), rs.getString("notes"),
				Arrays.stream(rs.getString("officers").split(",")).filter(s -> !s.isBlank()).toList(),
				instant(rs.getTimestamp("deadline")), MeasureType.valueOf(rs.getString("suggested_type")),
				rs.getString("deviation_reason"), rs.getString("agreement"), rs.getString("signed_by"),
				rs.getString("outcome"), doc, doc == null ? null : "/enforcement/documents/" + id,
				doc == null ? null : "/enforcement/documents/" + id + ".pdf", rs.getString("recorded_by"),
				instant(rs.getTimestamp("recorded_at")), rs.getBoolean("major"), instant(rs.getTimestamp("decide_by")));
	}

	private LadderPolicy.Suggestion suggestion(String category, long partyId, CaseNumber current) {
		boolean exempt = rules.exempt(category);
		Instant since = clock.instant().minus(REPEAT_WINDOW);
		List<MeasureType> earlier = new ArrayList<>();
		boolean[] refused = { false };
		jdbc.sql("""
				select measure_type, outcome from enforcement_measure
				where party_id = ? and recorded_at >= ? and case_number <> ?""")
			.params(partyId, ts(since), current.value())
			.query((rs, n) -> {
				earlier.add(MeasureType.valueOf(rs.getString(1)));
				refused[0] |= "REFUSED".equals(rs.getString(2));
				return null;
			})
			.list();
		// a refusal on this very case counts too: the order was not obeyed
		refused[0] |= jdbc.sql("select count(*) from enforcement_measure where party_id = ? and case_number = ? and outcome = 'REFUSED'")
			.params(partyId, current.value())
			.query(Long.class)
			.single() > 0;
		boolean educated = earlier.isEmpty()
				&& priorEducation.stream().anyMatch(p -> p.educatedOn(partyId, category, since));
		return LadderPolicy.suggest(exempt, new LadderPolicy.History(earlier, refused[0]), educated);
	}

	private void requireParty(long partyId) {
		if (parties.find(partyId).isEmpty()) {
			throw Refusal.invalid("partyId", "enforcement.refused.partyId.unknown", String.valueOf(partyId));
		}
	}

	/** The officers named, once each; every unknown or non-enforcement account is a problem. */
	private List<String> officers(@Nullable List<String> usernames, List<Refusal.FieldError> problems) {
		if (usernames == null || usernames.stream().allMatch(Text::blank)) {
			problems.add(Refusal.FieldError.of("officers", "enforcement.refused.officers.required"));
			return List.of();
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (String username : usernames) {
			if (Text.blank(username)) {
				continue;
			}
			Optional<CurrentUser> officer = accounts.byUsername(username.strip());
			if (officer.isEmpty()) {
				problems.add(Refusal.FieldError.of("officers", "enforcement.refused.officers.unknown", username));
			}
			else if (officer.get().roles().stream().noneMatch(ENFORCERS::contains)) {
				problems.add(Refusal.FieldError.of("officers", "enforcement.refused.officers.notOfficer", username));
			}
			else {
				distinct.add(officer.get().username());
			}
		}
		return problems.stream().anyMatch(p -> p.field().equals("officers")) ? List.of() : List.copyOf(distinct);
	}

	private static @Nullable MeasureType parseType(@Nullable String type, List<Refusal.FieldError> problems) {
		try {
			if (type != null && !type.isBlank()) {
				return MeasureType.valueOf(type.strip().toUpperCase(Locale.ROOT));
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		problems.add(Refusal.FieldError.of("type", "enforcement.refused.type.unknown"));
		return null;
	}

	public static java.sql.@Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : java.sql.Timestamp.from(instant);
	}

	public static @Nullable Instant instant(java.sql.@Nullable Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}
}
