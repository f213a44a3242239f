package org.steward.outreach;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.organization.Station;
import org.steward.refusal.Refusal;

/**
 * A station's weekly plan: recurring slots (weekday and time, officers, audience, place or grid,
 * optionally a saved party query as the invited list), and the calendar that lays the slots'
 * occurrences and the sessions side by side — held, planned, or missed when the time passed without
 * a held session.
 */
@Component
class Plans {

	record Slot(long id, String stationCode, DayOfWeek weekday, LocalTime startTime, int durationMinutes,
			Audience audience, String topic, @Nullable String place, @Nullable String gridCode, List<String> officers,
			@Nullable Long partyQueryId, LocalDate validFrom, @Nullable LocalDate validTo) {

		boolean occursOn(LocalDate date) {
			return date.getDayOfWeek() == weekday && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
		}
	}

	record NewSlot(@Nullable String stationCode, @Nullable Integer weekday, @Nullable String startTime,
			@Nullable Integer durationMinutes, @Nullable String audience, @Nullable String topic, @Nullable String place,
			@Nullable String gridCode, @Nullable List<String> officers, @Nullable Long partyQueryId,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
	}

	enum Status {
		HELD, PLANNED, MISSED
	}

	/** One line of the calendar: a slot's occurrence (with its session, if one was opened) or a one-off session. */
	record Entry(LocalDate date, LocalTime time, String stationCode, @Nullable Long slotId, @Nullable Long sessionId,
			String topic, Audience audience, List<String> officers, Status status) {
	}

	private final JdbcClient jdbc;

	private final StationScope scope;

	private final PartyQueries queries;

	private final Accounts accounts;

	private final Clock clock;

	private final ZoneId zone;

	Plans(JdbcClient jdbc, StationScope scope, PartyQueries queries, Accounts accounts, Clock clock,
			StewardProperties steward) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.queries = queries;
		this.accounts = accounts;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@Transactional
	Slot addSlot(NewSlot slot, CurrentUser actor) {
		if (Texts.blank(slot.stationCode())) {
			throw Refusal.invalid("stationCode", "outreach.refused.required");
		}
		Station station = scope.requirePlanner(actor, slot.stationCode().strip());
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (slot.weekday() == null || slot.weekday() < 1 || slot.weekday() > 7) {
			problems.add(Refusal.FieldError.of("weekday", "outreach.refused.weekday"));
		}
		LocalTime start = time(slot.startTime(), "startTime", problems);
		int duration = duration(slot.durationMinutes(), problems);
		Audience audience = audience(slot.audience(), problems);
		String topic = Texts.required(slot.topic(), "topic", 200, problems);
		String place = Texts.optional(slot.place(), "place", 200, problems);
		String grid = grid(station, slot.gridCode(), problems);
		if (place == null && grid == null) {
			problems.add(Refusal.FieldError.of("place", "outreach.refused.placeOrGrid"));
		}
		List<String> officers = officers(slot.officers(), problems);
		Long queryId = query(station, slot.partyQueryId(), problems);
		LocalDate from = slot.validFrom() == null ? LocalDate.now(clock.withZone(zone)) : slot.validFrom();
		if (slot.validTo() != null && slot.validTo().isBefore(from)) {
			problems.add(Refusal.FieldError.of("validTo", "outreach.refused.validTo"));
		}
		Refusal.throwIfAny(problems);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into outreach_slot (station_code, weekday, start_time, duration_minutes, audience, topic, place, grid_code,
				  officers, party_query_id, valid_from, valid_to, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(station.code(), slot.weekday(), start.toString(), duration, audience.name(), topic, place, grid,
					String.join(",", officers), queryId, java.sql.Date.valueOf(from),
					slot.validTo() == null ? null : java.sql.Date.valueOf(slot.validTo()), actor.username(),
					java.sql.Timestamp.from(clock.instant()))
			.update(keys, "id");
		return slot(keys.getKey().longValue()).orElseThrow();
	}

	@Transactional(readOnly = true)
	Optional<Slot> slot(long id) {
		return jdbc.sql("select * from outreach_slot where id = ?").param(id).query((rs, n) -> slotRow(rs)).optional();
	}

	@Transactional(readOnly = true)
	List<Slot> slotsOf(String stationCode) {
		return jdbc.sql("select * from outreach_slot where station_code = ? order by weekday, start_time, id")
			.param(stationCode)
			.query((rs, n) -> slotRow(rs))
			.list();
	}

	/**
	 * The calendar of the stations from {@code from} to {@code to} (both included): every slot
	 * occurrence and every session, in time order.
	 */
	@Transactional(readOnly = true)
	List<Entry> calendar(List<String> stations, LocalDate from, LocalDate to) {
		if (stations.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		Map<String, SessionRow> bySlotDate = new HashMap<>();
		List<Entry> entries = new ArrayList<>();
		List<SessionRow> sessions = jdbc.sql("""
				select id, station_code, slot_id, slot_date, starts_at, ends_at, audience, topic, officers, held_at
				from outreach_session where station_code in (:stations) and starts_at >= :from and starts_at < :to""")
			.param("stations", stations)
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, n) -> new SessionRow(rs.getLong("id"), rs.getString("station_code"),
					(Long) rs.getObject("slot_id", Long.class), rs.getDate("slot_date") == null ? null : rs.getDate("slot_date").toLocalDate(),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					Audience.valueOf(rs.getString("audience")), rs.getString("topic"), split(rs.getString("officers")),
					rs.getTimestamp("held_at") != null))
			.list();
		for (SessionRow s : sessions) {
			if (s.slotId() != null && s.slotDate() != null) {
				bySlotDate.put(s.slotId() + "@" + s.slotDate(), s);
			}
			var at = s.startsAt().atZone(zone);
			entries.add(new Entry(at.toLocalDate(), at.toLocalTime(), s.stationCode(), s.slotId(), s.id(), s.topic(),
					s.audience(), s.officers(), status(s.held(), s.endsAt(), now)));
		}
		for (String station : stations) {
			for (Slot slot : slotsOf(station)) {
				for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
					if (slot.occursOn(d) && !bySlotDate.containsKey(slot.id() + "@" + d)) {
						Instant end = d.atTime(slot.startTime()).atZone(zone).toInstant().plusSeconds(60L * slot.durationMinutes());
						entries.add(new Entry(d, slot.startTime(), station, slot.id(), null, slot.topic(), slot.audience(),
								slot.officers(), status(false, end, now)));
					}
				}
			}
		}
		entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::time).thenComparing(Entry::stationCode));
		return entries;
	}

	private record SessionRow(long id, String stationCode, @Nullable Long slotId, @Nullable LocalDate slotDate,
			Instant startsAt, Instant endsAt, Audience audience, String topic, List<String> officers, boolean held) {
	}

	private static Status status(boolean held, Instant end, Instant now) {
		return held ? Status.HELD : end.isBefore(now) ? Status.MISSED : Status.PLANNED;
	}

	// ------------------------------------------------------------ checks shared with sessions

	static LocalTime time(@Nullable String text, String field, List<Refusal.FieldError> problems) {
		if (Texts.blank(text)) {
			problems.add(Refusal.FieldError.of(field, "outreach.refused.required"));
			return LocalTime.MIDNIGHT;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(Refusal.FieldError.of(field, "outreach.refused.time"));
			return LocalTime.MIDNIGHT;
		}
	}

	static int duration(@Nullable Integer minutes, List<Refusal.FieldError> problems) {
		if (minutes == null) {
			return 60;
		}
		if (minutes < 15 || minutes > 480) {
			problems.add(Refusal.FieldError.of("durationMinutes", "outreach.refused.duration", 15, 480));
		}
		return minutes;
	}

	static Audience audience(@Nullable String text, List<Refusal.FieldError> problems) {
		if (Texts.blank(text)) {
			problems.add(Refusal.FieldError.of("audience", "outreach.refused.required"));
			return Audience.RESIDENTS;
		}
		try {
			return Audience.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(Refusal.FieldError.of("audience", "outreach.refused.audience"));
			return Audience.RESIDENTS;
		}
	}

	@Nullable
	String grid(Station station, @Nullable String gridCode, List<Refusal.FieldError> problems) {
		if (Texts.blank(gridCode)) {
			return null;
		}
		String grid = gridCode.strip();
		if (!grid.matches("\\d{14,15}") || !scope.gridOf(station, grid)) {
			problems.add(Refusal.FieldError.of("gridCode", "outreach.refused.gridCode"));
		}
		return grid;
	}

	/** The named accounts, once each; each must exist. */
	List<String> officers(@Nullable List<String> usernames, List<Refusal.FieldError> problems) {
		if (usernames == null || usernames.stream().allMatch(Texts::blank)) {
			problems.add(Refusal.FieldError.of("officers", "outreach.refused.officers"));
			return List.of();
		}
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (int i = 0; i < usernames.size(); i++) {
			String u = usernames.get(i);
			if (Texts.blank(u)) {
				continue;
			}
			if (u.length() > 64 || accounts.byUsername(u.strip()).isEmpty()) {
				problems.add(Refusal.FieldError.of("officers[" + i + "]", "outreach.refused.officer",
						u.length() > 64 ? u.substring(0, 64) : u));
			}
			else {
				distinct.add(u.strip());
			}
		}
		if (distinct.size() > 10) {
			problems.add(Refusal.FieldError.of("officers", "outreach.refused.tooManyOfficers", 10));
		}
		return List.copyOf(distinct);
	}

	@Nullable
	Long query(Station station, @Nullable Long queryId, List<Refusal.FieldError> problems) {
		if (queryId == null) {
			return null;
		}
		if (queries.find(queryId).filter(q -> q.stationCode().equals(station.code())).isEmpty()) {
			problems.add(Refusal.FieldError.of("partyQueryId", "outreach.refused.partyQuery", String.valueOf(queryId)));
			return null;
		}
		return queryId;
	}

	static List<String> split(@Nullable String csv) {
		return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
	}

	private static Slot slotRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Date to = rs.getDate("valid_to");
		return new Slot(rs.getLong("id"), rs.getString("station_code"), DayOfWeek.of(rs.getInt("weekday")),
				LocalTime.parse(rs.getString("start_time")), rs.getInt("duration_minutes"),
				Audience.valueOf(rs.getString("audience")), rs.getString("topic"), rs.getString("place"),
				rs.getString("grid_code"), split(rs.getString("officers")), (Long) rs.getObject("party_query_id", Long.class),
				rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
	}
}
