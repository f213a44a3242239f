package org.steward.outreach;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.enforcement.PriorEducation;
import org.steward.parties.PartyHistory;

/**
 * A party's attendance at sessions: on its page beside its cases and measures ({@link PartyHistory}),
 * and for the ladder ({@link PriorEducation}) — a party that attended a session whose legal basis
 * states the rule of a category was educated on that rule.
 */
@Component
class AttendanceRecords implements PartyHistory, PriorEducation {

	record Attended(long sessionId, String topic, String format, Instant at, String via) {
	}

	private final JdbcClient jdbc;

	AttendanceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Attended> of(long partyId) {
		return jdbc.sql("""
				select s.id, s.topic, s.format, a.signed_in_at, a.via from outreach_attendance a
				join outreach_session s on s.id = a.session_id where a.party_id = ? order by a.signed_in_at, a.id""")
			.param(partyId)
			.query((rs, n) -> new Attended(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.list();
	}

	@Override
	public List<Entry> entries(long partyId) {
		return of(partyId).stream()
			.map(a -> new Entry(null, "outreach.history.attended." + a.format(), a.at(), a.topic(), "#" + a.sessionId(),
					"/outreach/sessions/" + a.sessionId()))
			.toList();
	}

	@Override
	public Map<String, Object> details(long partyId) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("attendance", of(partyId));
		return details;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean educatedOn(long partyId, String categoryCode, Instant since) {
		return jdbc.sql("""
				select count(*) from outreach_attendance a
				join outreach_session_basis sb on sb.session_id = a.session_id
				join outreach_legal_basis b on b.id = sb.basis_id
				where a.party_id = ? and a.signed_in_at >= ? and (',' || b.category_codes || ',') like ?""")
			.params(partyId, java.sql.Timestamp.from(since), "%," + categoryCode + ",%")
			.query(Long.class)
			.single() > 0;
	}
}
