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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

/** Records measures on cases, suggests the lightest effective step and keeps the re-inspection tasks. */
@Service
class Measures {

	static final Duration REPEAT_WINDOW = Duration.ofDays(365);

	private static final Set<Role> ENFORCERS = Set.of(Role.OFFICER, Role.STATION_HEAD, Role.SQUAD_LEADER,
			Role.COMMAND_CENTRE);

	private final JdbcClient jdbc;

	private final CaseQueries cases;

	private final Accounts accounts;

	private final PartyRegistry parties;

	private final DocumentNumbering numbering;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	Measures(JdbcClient jdbc, CaseQueries cases, Accounts accounts, PartyRegistry parties, DocumentNumbering numbering,
			ApplicationEventPublisher events, Clock clock, @Value("${steward.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.accounts = accounts;
		this.parties = parties;
		this.numbering = numbering;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	LadderPolicy.Suggestion suggest(CaseNumber number, long partyId, CurrentUser viewer) {
		CaseDetail detail = cases.detail(number, viewer);
		requireParty(partyId);
		return suggestion(detail.summary().categoryCode(), partyId, number);
	}

	/** Throws unless the viewer may see the case. */
	void suggestAccess(CaseNumber number, CurrentUser viewer) {
		cases.detail(number, viewer);
	}

	@Transactional
	MeasureView record(CaseNumber number, MeasureRequest request, CurrentUser actor) {
		if (actor.roles().stream().noneMatch(ENFORCERS::contains)) {
			throw EnforcementRejected.forbidden("Only enforcement officers record measures");
		}
		CaseDetail detail = cases.detail(number, actor);
		MeasureType type = parseType(request.type());
		if (request.partyId() == null) {
			throw EnforcementRejected.invalid("partyId", "is required");
		}
		long partyId = request.partyId();
		requireParty(partyId);
		List<String> officers = officers(request.officers());
		Instant now = clock.instant();
		if (type == MeasureType.PENALTY_CASE && officers.size() < 2) {
			throw EnforcementRejected.invalid("officers",
					"A penalty case needs at least two enforcement officers (Administrative Penalty Law art. 42)");
		}
		if (type == MeasureType.RECTIFICATION_ORDER) {
			if (request.deadline() == null) {
				throw EnforcementRejected.invalid("deadline", "A correction order needs a correction deadline");
			}
			if (!request.deadline().isAfter(now)) {
				throw EnforcementRejected.invalid("deadline", "The correction deadline must lie in the future");
			}
		}
		if (type == MeasureType.MEDIATION && (PartyDraft.blank(request.agreement()) || PartyDraft.blank(request.signedBy()))) {
			throw EnforcementRejected.invalid(PartyDraft.blank(request.agreement()) ? "agreement" : "signedBy",
					"A mediation records the agreement reached and who signed it");
		}
		String category = detail.summary().categoryCode();
		LadderPolicy.Suggestion suggestion = suggestion(category, partyId, number);
		boolean follows = type == suggestion.type()
				|| (suggestion.withRectificationOrder() && type == MeasureType.RECTIFICATION_ORDER);
		String reason = PartyDraft.blank(request.reason()) ? null : request.reason().strip();
		if (!follows && reason == null) {
			throw EnforcementRejected.invalid("reason", "The suggested step is " + suggestion.type()
					+ "; choosing " + type + " instead needs a reason, which is recorded");
		}
		boolean major = Boolean.TRUE.equals(request.major());
		Instant decideBy = type == MeasureType.PENALTY_CASE ? now.plus(Duration.ofDays(90)) : null;
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enforcement_measure (case_number, party_id, measure_type, category_code, notes, officers,
				  deadline, suggested_type, deviation_reason, agreement, signed_by, outcome, recorded_by, recorded_at,
				  major, decide_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(number.value(), partyId, type.name(), category, request.notes(), String.join(",", officers),
					ts(request.deadline()), suggestion.type().name(), follows ? null : reason, request.agreement(),
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
				request.notes(), follows ? null : reason, documentNumber, now));
		return find(id).orElseThrow();
	}

	Optional<MeasureView> find(long id) {
		return jdbc.sql(SELECT + " where m.id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	List<MeasureView> ofCase(CaseNumber number) {
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
		boolean exempt = jdbc.sql("select count(*) from enforcement_exemption where category_code = ?")
			.param(category)
			.query(Long.class)
			.single() > 0;
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
		return LadderPolicy.suggest(exempt, new LadderPolicy.History(earlier, refused[0]));
	}

	private void requireParty(long partyId) {
		if (parties.find(partyId).isEmpty()) {
			throw EnforcementRejected.invalid("partyId", "No party " + partyId + " is registered");
		}
	}

	private List<String> officers(@Nullable List<String> usernames) {
		if (usernames == null || usernames.isEmpty()) {
			throw EnforcementRejected.invalid("officers", "At least one officer must be named");
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (String username : usernames) {
			if (username == null || username.isBlank()) {
				throw EnforcementRejected.invalid("officers", "An officer's username is blank");
			}
			CurrentUser officer = accounts.byUsername(username.strip())
				.orElseThrow(() -> EnforcementRejected.invalid("officers", "No account " + username));
			if (officer.roles().stream().noneMatch(ENFORCERS::contains)) {
				throw EnforcementRejected.invalid("officers", username + " is not an enforcement officer");
			}
			distinct.add(officer.username());
		}
		return List.copyOf(distinct);
	}

	private static MeasureType parseType(@Nullable String type) {
		try {
			if (type != null) {
				return MeasureType.valueOf(type.strip().toUpperCase(Locale.ROOT));
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		throw EnforcementRejected.invalid("type", "must be one of " + Arrays.toString(MeasureType.values()));
	}

	static java.sql.@Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : java.sql.Timestamp.from(instant);
	}

	static @Nullable Instant instant(java.sql.@Nullable Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}
}
