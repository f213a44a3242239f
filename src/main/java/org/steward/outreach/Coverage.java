package org.steward.outreach;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.organization.Station;
import org.steward.parties.Party;
import org.steward.parties.PartyType;

/**
 * 三联 coverage of a grid, a station or a squad over a period: sessions held against planned (a
 * slot occurrence or planned session whose time passed without a held session is missed), parties
 * reached against registered parties by type, the parties never reached, and the red flags —
 * parties penalised without ever having been educated (no session attended and no education measure
 * before the penalty case).
 */
@Component
class Coverage {

	record TypeRow(PartyType type, int registered, int reached) {

		/** Reached as a share of registered, 0–100. */
		public int percent() {
			return registered == 0 ? 0 : Math.round(100f * reached / registered);
		}
	}

	record PartyRef(long id, String name, PartyType type, @Nullable String gridCode) {
	}

	record RedFlag(PartyRef party, String caseNumber, java.time.Instant penalisedAt) {
	}

	record Figures(LocalDate from, LocalDate to, List<String> stations, @Nullable String gridCode, int planned, int held,
			int missed, List<Plans.Entry> missedEntries, int attendances, int walkInHeadcount, List<TypeRow> byType,
			int registered, int reached, List<PartyRef> neverReached, List<RedFlag> redFlags) {
	}

	private final JdbcClient jdbc;

	private final StationScope scope;

	private final Plans plans;

	private final ZoneId zone;

	Coverage(JdbcClient jdbc, StationScope scope, Plans plans, StewardProperties steward) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.plans = plans;
		this.zone = steward.zone();
	}

	@Transactional(readOnly = true)
	Figures of(List<Station> stations, @Nullable String gridCode, LocalDate from, LocalDate to) {
		List<String> codes = stations.stream().map(Station::code).toList();
		List<Plans.Entry> calendar = plans.calendar(codes, from, to)
			.stream()
			.filter(e -> gridCode == null || gridCode.equals(gridOf(e)))
			.toList();
		int held = (int) calendar.stream().filter(e -> e.status() == Plans.Status.HELD).count();
		List<Plans.Entry> missed = calendar.stream().filter(e -> e.status() == Plans.Status.MISSED).toList();
		int planned = calendar.size();

		List<Party> registered = stations.stream()
			.flatMap(s -> scope.partiesOf(s).stream())
			.filter(p -> gridCode == null || gridCode.equals(p.gridCode()))
			.toList();
		Set<Long> ids = new HashSet<>();
		registered.forEach(p -> ids.add(p.id()));
		java.sql.Timestamp start = java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant());
		java.sql.Timestamp end = java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		Set<Long> reachedInPeriod = new HashSet<>(jdbc.sql("""
				select distinct party_id from outreach_attendance where party_id is not null
				and signed_in_at >= ? and signed_in_at < ?""").params(start, end).query(Long.class).list());
		reachedInPeriod.retainAll(ids);
		Set<Long> everReached = new HashSet<>(jdbc.sql("""
				select distinct party_id from outreach_attendance where party_id is not null and signed_in_at < ?""")
			.param(end)
			.query(Long.class)
			.list());
		Map<PartyType, int[]> counts = new EnumMap<>(PartyType.class);
		for (PartyType type : PartyType.values()) {
			counts.put(type, new int[2]);
		}
		List<PartyRef> never = new ArrayList<>();
		for (Party p : registered) {
			int[] c = counts.get(p.type());
			c[0]++;
			if (reachedInPeriod.contains(p.id())) {
				c[1]++;
			}
			if (!everReached.contains(p.id())) {
				never.add(ref(p));
			}
		}
		List<TypeRow> byType = counts.entrySet()
			.stream()
			.filter(e -> e.getValue()[0] > 0)
			.map(e -> new TypeRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();

		Map<Long, Party> byId = new java.util.HashMap<>();
		registered.forEach(p -> byId.put(p.id(), p));
		List<RedFlag> flags = new ArrayList<>();
		jdbc.sql("""
				select m.party_id, m.case_number, m.recorded_at from outreach_party_measure m
				where m.measure_type = 'PENALTY_CASE' and m.recorded_at >= ? and m.recorded_at < ?
				and not exists (select 1 from outreach_attendance a where a.party_id = m.party_id and a.signed_in_at <= m.recorded_at)
				and not exists (select 1 from outreach_party_measure e where e.party_id = m.party_id
				  and e.measure_type in ('EDUCATION', 'GUIDANCE') and e.recorded_at <= m.recorded_at)
				order by m.recorded_at""")
			.params(start, end)
			.query((rs, n) -> {
				Party p = byId.get(rs.getLong(1));
				if (p != null) {
					flags.add(new RedFlag(ref(p), rs.getString(2), rs.getTimestamp(3).toInstant()));
				}
				return null;
			})
			.list();
		int attendances = codes.isEmpty() ? 0 : jdbc.sql("""
				select count(*) from outreach_attendance a join outreach_session s on s.id = a.session_id
				where s.station_code in (:stations) and s.starts_at >= :from and s.starts_at < :to""")
			.param("stations", codes)
			.param("from", start)
			.param("to", end)
			.query(Long.class)
			.single()
			.intValue();
		int walkIns = codes.isEmpty() ? 0 : jdbc.sql("""
				select coalesce(sum(walk_in_headcount), 0) from outreach_session
				where station_code in (:stations) and starts_at >= :from and starts_at < :to""")
			.param("stations", codes)
			.param("from", start)
			.param("to", end)
			.query(Long.class)
			.single()
			.intValue();
		return new Figures(from, to, codes, gridCode, planned, held, missed.size(), missed, attendances, walkIns, byType,
				registered.size(), reachedInPeriod.size(), never, flags);
	}

	private @Nullable String gridOf(Plans.Entry entry) {
		if (entry.sessionId() != null) {
			return jdbc.sql("select grid_code from outreach_session where id = ?").param(entry.sessionId()).query(String.class).optional().orElse(null);
		}
		return entry.slotId() == null ? null : plans.slot(entry.slotId()).map(Plans.Slot::gridCode).orElse(null);
	}

	private static PartyRef ref(Party p) {
		return new PartyRef(p.id(), p.name(), p.type(), p.gridCode());
	}
}
