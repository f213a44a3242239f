package org.steward.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.parties.Parties;
import org.steward.parties.Party;
import org.steward.refusal.Refusal;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;
import org.steward.worktime.WorkingTime;

/**
 * Publishes penalty decisions with social impact (行政处罚法第四十八条) as structured fields only —
 * decision number, party (a natural person masked, an organisation named), penalty type, amount,
 * legal basis, date — and withdraws one that was revoked within three days (第四十八条; working
 * days by 第八十五条), recording the revocation and the withdrawal. Publishing, revoking and
 * withdrawing are for the squad leader or command centre who may see the decision's case.
 */
@Service
public class Disclosures {

	/** How long after a revocation the withdrawal is due. */
	static final TimeLimit WITHDRAW_WITHIN = TimeLimit.of(3, LimitUnit.WORKING_DAYS);

	record Disclosure(long id, long measureId, String documentNumber, String party, String categoryCode,
			@Nullable String penaltyType, @Nullable BigDecimal amount, @Nullable String legalBasis,
			@Nullable Instant decidedAt, Instant publishedAt, @Nullable Instant revokedAt, @Nullable Instant withdrawDue,
			@Nullable Instant withdrawnAt, @Nullable String withdrawalReason) {

		/** The amount as people write it (8000, not 8000.00). */
		public @Nullable String amountText() {
			return amount == null ? null : EnforcementRules.yuan(amount);
		}
	}

	private final JdbcClient jdbc;

	private final Parties parties;

	private final Measures measures;

	private final ObjectProvider<PenaltyDocumentSource> decisions;

	private final WorkingTime workingTime;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Disclosures(JdbcClient jdbc, Parties parties, Measures measures,
			ObjectProvider<PenaltyDocumentSource> decisions, WorkingTime workingTime, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.measures = measures;
		this.decisions = decisions;
		this.workingTime = workingTime;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Disclosure publish(long measureId, CurrentUser actor) {
		requireDecider(actor);
		MeasureView measure = measures.inScope(measureId, actor);
		PenaltyDocumentSource.DecisionFacts facts = measure.type() != MeasureType.PENALTY_CASE
				|| measure.documentNumber() == null ? null
						: decisions.orderedStream().map(d -> d.facts(measureId)).flatMap(java.util.Optional::stream)
							.findFirst().orElse(null);
		if (facts == null) {
			throw Refusal.invalid("measureId", "enforcement.refused.disclosure.notDecision");
		}
		if (jdbc.sql("select count(*) from enforcement_disclosure where measure_id = ?").param(measureId).query(Long.class).single() > 0) {
			throw EnforcementRefusals.alreadyDisclosed();
		}
		Party party = parties.find(measure.partyId()).orElseThrow();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into enforcement_disclosure (measure_id, doc_number, party_masked, category_code, summary, published_by,
				  published_at, penalty_type, amount, legal_basis, decided_at)
				values (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)""")
			.params(measureId, measure.documentNumber(), maskName(party), measure.categoryCode(), actor.username(),
					Measures.ts(now), facts.penaltyType(), facts.amount(), facts.legalBasis(), Measures.ts(facts.decidedAt()))
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
		if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
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

	/**
	 * The decision was revoked (撤销: by review, by a court, or by the authority itself): the revocation
	 * is recorded with the withdrawal's due time (three working days) and the disclosure is withdrawn
	 * at once, so the public page no longer shows it.
	 */
	@Transactional
	Disclosure revoke(long measureId, @Nullable String reason, CurrentUser actor) {
		requireDecider(actor);
		measures.inScope(measureId, actor);
		Disclosure disclosure = byMeasure(measureId);
		if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
			throw Refusal.invalid("reason", "enforcement.refused.disclosure.reason");
		}
		if (disclosure.revokedAt() != null) {
			throw EnforcementRefusals.alreadyWithdrawn();
		}
		Instant now = clock.instant();
		jdbc.sql("update enforcement_disclosure set revoked_at = ?, revoked_by = ?, withdraw_due = ? where measure_id = ?")
			.params(Measures.ts(now), actor.username(), Measures.ts(workingTime.deadline(now, WITHDRAW_WITHIN)), measureId)
			.update();
		MeasureView measure = measures.find(measureId).orElseThrow();
		events.publishEvent(new MeasureRecorded(measureId, measure.caseNumber(), measure.partyId(), "DECISION_REVOKED",
				actor.username(), List.of(actor.username()), null, reason.strip(), disclosure.documentNumber(), now));
		return disclosure.withdrawnAt() != null ? byMeasure(measureId)
				: withdraw(measureId, "处罚决定已撤销：" + reason.strip(), actor);
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

	/**
	 * A natural person (a party without a unified social credit code) keeps the first character of the
	 * name only, whatever its length; an organisation is named, with any long number in its name masked.
	 */
	static String maskName(Party party) {
		String name = party.name().strip();
		if (party.creditCode() == null) {
			return name.isEmpty() ? "*" : name.charAt(0) + "*".repeat(name.codePointCount(1, name.length()));
		}
		return maskNumbers(name);
	}

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d\\- ]*\\d[Xx]?|\\d");

	/**
	 * Numbers of seven digits or more (phones with or without area code and separators, identity
	 * cards) keep their first three and last four digits; every other digit becomes *, separators stay:
	 * 0371-66668888 → 037*-****8888, 13812345678 → 138****5678.
	 */
	static String maskNumbers(String text) {
		Matcher m = NUMBER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String number = m.group();
			long symbols = number.chars().filter(c -> Character.isDigit(c) || c == 'X' || c == 'x').count();
			String masked = number;
			if (symbols >= 7) {
				StringBuilder b = new StringBuilder();
				int seen = 0;
				for (char c : number.toCharArray()) {
					if (Character.isDigit(c) || c == 'X' || c == 'x') {
						seen++;
						b.append(seen <= 3 || seen > symbols - 4 ? c : '*');
					}
					else {
						b.append(c);
					}
				}
				masked = b.toString();
			}
			m.appendReplacement(out, Matcher.quoteReplacement(masked));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static Disclosure row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Disclosure(rs.getLong("id"), rs.getLong("measure_id"), rs.getString("doc_number"),
				rs.getString("party_masked"), rs.getString("category_code"), rs.getString("penalty_type"),
				rs.getBigDecimal("amount"), rs.getString("legal_basis"), Measures.instant(rs.getTimestamp("decided_at")),
				rs.getTimestamp("published_at").toInstant(), Measures.instant(rs.getTimestamp("revoked_at")),
				Measures.instant(rs.getTimestamp("withdraw_due")), Measures.instant(rs.getTimestamp("withdrawn_at")),
				rs.getString("withdrawal_reason"));
	}
}
