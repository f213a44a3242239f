package org.steward.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.identity.CurrentUser;
import org.steward.organization.Station;
import org.steward.parties.Party;
import org.steward.parties.PartyType;
import org.steward.refusal.Refusal;

/**
 * Saved party queries: a station's parties narrowed by type, address (a street) and the number of
 * their cases of a category in the current month, quarter or year — "the shops of 东风路 with two
 * storefront-overflow cases this quarter". Evaluated when read, so the list follows the registry
 * and enforcement's measures.
 */
@Component
class PartyQueries {

	enum Period {
		MONTH, QUARTER, YEAR, ALL
	}

	record PartyQuery(long id, String stationCode, String name, @Nullable PartyType partyType,
			@Nullable String addressContains, @Nullable String categoryCode, int minCases, Period period) {
	}

	record NewQuery(@Nullable String stationCode, @Nullable String name, @Nullable String partyType,
			@Nullable String addressContains, @Nullable String categoryCode, @Nullable Integer minCases,
			@Nullable String period) {
	}

	private final JdbcClient jdbc;

	private final StationScope scope;

	private final Clock clock;

	private final ZoneId zone;

	PartyQueries(JdbcClient jdbc, StationScope scope, Clock clock, StewardProperties steward) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@Transactional
	PartyQuery save(NewQuery query, CurrentUser actor) {
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (Texts.blank(query.stationCode())) {
			problems.add(Refusal.FieldError.of("stationCode", "outreach.refused.required"));
			Refusal.throwIfAny(problems);
		}
		Station station = scope.requirePlanner(actor, query.stationCode().strip());
		String name = Texts.required(query.name(), "name", 100, problems);
		PartyType type = null;
		if (!Texts.blank(query.partyType())) {
			try {
				type = PartyType.valueOf(query.partyType().strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(Refusal.FieldError.of("partyType", "outreach.refused.partyType"));
			}
		}
		String address = Texts.optional(query.addressContains(), "addressContains", 100, problems);
		String category = Texts.optional(query.categoryCode(), "categoryCode", 4, problems);
		if (category != null && !category.matches("\\d{4}")) {
			problems.add(Refusal.FieldError.of("categoryCode", "outreach.refused.categoryCode"));
		}
		int minCases = query.minCases() == null ? 0 : query.minCases();
		if (minCases < 0 || minCases > 1000) {
			problems.add(Refusal.FieldError.of("minCases", "outreach.refused.minCases"));
		}
		Period period = Period.QUARTER;
		if (!Texts.blank(query.period())) {
			try {
				period = Period.valueOf(query.period().strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(Refusal.FieldError.of("period", "outreach.refused.period"));
			}
		}
		Refusal.throwIfAny(problems);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into outreach_party_query (station_code, name, party_type, address_contains, category_code, min_cases,
				  period, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(station.code(), name, type == null ? null : type.name(), address, category, minCases, period.name(),
					actor.username(), java.sql.Timestamp.from(clock.instant()))
			.update(keys, "id");
		return find(keys.getKey().longValue()).orElseThrow();
	}

	@Transactional(readOnly = true)
	Optional<PartyQuery> find(long id) {
		return jdbc.sql("select * from outreach_party_query where id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	@Transactional(readOnly = true)
	List<PartyQuery> ofStation(String stationCode) {
		return jdbc.sql("select * from outreach_party_query where station_code = ? order by id")
			.param(stationCode)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The parties the query chooses now. */
	@Transactional(readOnly = true)
	List<Party> parties(PartyQuery query) {
		Station station = scope.station(query.stationCode());
		Map<Long, Long> caseCounts = new HashMap<>();
		if (query.categoryCode() != null && query.minCases() > 0) {
			Instant since = periodStart(query.period());
			jdbc.sql("""
					select party_id, count(distinct case_number) from outreach_party_measure
					where category_code = ? and recorded_at >= ? group by party_id""")
				.params(query.categoryCode(), java.sql.Timestamp.from(since))
				.query((rs, n) -> caseCounts.put(rs.getLong(1), rs.getLong(2)))
				.list();
		}
		return scope.partiesOf(station)
			.stream()
			.filter(p -> query.partyType() == null || p.type() == query.partyType())
			.filter(p -> query.addressContains() == null || p.address().contains(query.addressContains())
					|| p.name().contains(query.addressContains()))
			.filter(p -> query.categoryCode() == null || query.minCases() == 0
					|| caseCounts.getOrDefault(p.id(), 0L) >= query.minCases())
			.toList();
	}

	Instant periodStart(Period period) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate start = switch (period) {
			case MONTH -> today.withDayOfMonth(1);
			case QUARTER -> today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
			case YEAR -> today.withDayOfYear(1);
			case ALL -> LocalDate.of(2000, 1, 1);
		};
		return start.atStartOfDay(zone).toInstant();
	}

	private static PartyQuery row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String type = rs.getString("party_type");
		return new PartyQuery(rs.getLong("id"), rs.getString("station_code"), rs.getString("name"),
				type == null ? null : PartyType.valueOf(type), rs.getString("address_contains"),
				rs.getString("category_code"), rs.getInt("min_cases"), Period.valueOf(rs.getString("period")));
	}
}
