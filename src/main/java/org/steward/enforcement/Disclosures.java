package org.steward.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.parties.Party;
import org.steward.parties.Parties;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * Publishes penalty decisions with social impact (行政处罚法第四十八条) with personal names and
 * numbers masked, and withdraws one that was overturned, recording who withdrew it and why.
 */
@Service
public class Disclosures {

	record Disclosure(long id, long measureId, String documentNumber, String party, String categoryCode, String summary,
			Instant publishedAt, @Nullable Instant withdrawnAt, @Nullable String withdrawalReason) {
	}

	private final JdbcClient jdbc;

	private final Parties parties;

	private final Measures measures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Disclosures(JdbcClient jdbc, Parties parties, Measures measures, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.measures = measures;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Disclosure publish(long measureId, CurrentUser actor) {
		requireDecider(actor);
		MeasureView measure = measures.inScope(measureId, actor);
		if (measure.type() != MeasureType.PENALTY_CASE || measure.documentNumber() == null) {
			throw Refusal.invalid("measureId", "enforcement.refused.disclosure.notDecision");
		}
		if (jdbc.sql("select count(*) from enforcement_disclosure where measure_id = ?").param(measureId).query(Long.class).single() > 0) {
			throw EnforcementRefusals.alreadyDisclosed();
		}
		Party party = parties.find(measure.partyId()).orElseThrow();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into enforcement_disclosure (measure_id, doc_number, party_masked, category_code, summary, published_by, published_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(measureId, measure.documentNumber(), maskName(party), measure.categoryCode(),
					maskNumbers(measure.notes() == null ? "" : measure.notes()), actor.username(), Measures.ts(now))
			.update();
		events.publishEvent(new MeasureRecorded(measureId, measure.caseNumber(), measure.partyId(), "DISCLOSURE_PUBLISHED",
				actor.username(), List.of(actor.username()), null, null, measure.documentNumber(), now));
		return byMeasure(measureId);
	}

	@Transactional
	Disclosure withdraw(long measureId, @Nullable String reason, CurrentUser actor) {
		requireDecider(actor);
		MeasureView measure = measures.inScope(measureId, actor);
		Disclosure disclosure = byMeasure(measureId);
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("reason", "enforcement.refused.disclosure.reason");
		}
		if (disclosure.withdrawnAt() != null) {
			throw EnforcementRefusals.alreadyWithdrawn();
		}
		Instant now = clock.instant();
		jdbc.sql("update enforcement_disclosure set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? where measure_id = ?")
			.params(Measures.ts(now), actor.username(), reason.strip(), measureId)
			.update();
		events.publishEvent(new MeasureRecorded(measureId, measure.caseNumber(), measure.partyId(), "DISCLOSURE_WITHDRAWN",
				actor.username(), List.of(actor.username()), null, reason.strip(), disclosure.documentNumber(), now));
		return byMeasure(measureId);
	}

	List<Disclosure> published() {
		return jdbc.sql("select * from enforcement_disclosure where withdrawn_at is null order by published_at desc")
			.query((rs, n) -> row(rs))
			.list();
	}

	Disclosure byMeasure(long measureId) {
		return jdbc.sql("select * from enforcement_disclosure where measure_id = ?")
			.param(measureId)
			.query((rs, n) -> row(rs))
			.optional()
			.orElseThrow(() -> EnforcementRefusals.disclosureNotFound(measureId));
	}

	private static void requireDecider(CurrentUser actor) {
		if (!actor.has(Role.SQUAD_LEADER) && !actor.has(Role.COMMAND_CENTRE)) {
			throw EnforcementRefusals.publishersOnly();
		}
	}

	/** An individual's name (short, no credit code) keeps its first character only; organisations keep theirs. */
	static String maskName(Party party) {
		String name = party.name();
		if (party.creditCode() == null && name.length() <= 4) {
			return name.charAt(0) + "*".repeat(name.length() - 1);
		}
		return name;
	}

	/** Phone, identity-card and similar numbers of seven digits or more keep only their ends. */
	static String maskNumbers(String text) {
		return java.util.regex.Pattern.compile("\\d{7,}[\\dXx]?")
			.matcher(text)
			.replaceAll(m -> m.group().substring(0, 3) + "****" + m.group().substring(m.group().length() - 4));
	}

	private static Disclosure row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Disclosure(rs.getLong("id"), rs.getLong("measure_id"), rs.getString("doc_number"),
				rs.getString("party_masked"), rs.getString("category_code"), rs.getString("summary"),
				rs.getTimestamp("published_at").toInstant(), Measures.instant(rs.getTimestamp("withdrawn_at")),
				rs.getString("withdrawal_reason"));
	}
}
