package org.steward.patrol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.cases.Channel;
import org.steward.identity.CurrentUser;
import org.steward.intake.ReportSubmissions;
import org.steward.refusal.Refusal;
import org.steward.territory.GeoPoint;
import org.steward.territory.Locator;

/**
 * Early signs of illegal building (违建苗头: materials piled, scaffolding, a wall opened) and demolished
 * sites to re-check (防止拆了再建): "早发现、早制止". Each is a place under watch with follow-up visits on a
 * schedule; it closes as stopped (a sign) or cleared (a demolished site), or becomes a 私搭乱建 case whose
 * description carries the watch's history.
 */
@Service
class EarlySigns {

	/** The category a sign turns into: 私搭乱建 illegal construction. */
	static final String CASE_CATEGORY = "0101";

	/** The kinds of place under watch. */
	enum Kind {
		MATERIALS, SCAFFOLDING, WALL_OPENED, DIGGING, OTHER, DEMOLISHED_SITE
	}

	/** Where a watch stands. */
	enum Status {
		WATCHING, STOPPED, CLEARED, CASE
	}

	/** What a visit found. */
	enum Outcome {
		UNCHANGED, PROGRESSING, STOPPED, REBUILDING
	}

	record Sign(long id, String stationCode, @Nullable String gridCode, double lat, double lng,
			@Nullable String address, @Nullable String party, Kind kind, String description, String recordedBy,
			Instant recordedAt, Status status, @Nullable Instant nextVisitAt, int visits, @Nullable String caseNumber,
			@Nullable Instant closedAt, @Nullable String closedBy) {

		public boolean open() {
			return status == Status.WATCHING;
		}
	}

	record Visit(long id, long signId, Instant at, String visitedBy, Outcome outcome, @Nullable String note) {
	}

	record SignInput(@Nullable String kind, @Nullable Double lat, @Nullable Double lng, @Nullable String address,
			@Nullable String party, @Nullable String description) {
	}

	private final JdbcClient jdbc;

	private final PatrolScope scope;

	private final Locator locator;

	private final ReportSubmissions reports;

	private final PatrolProperties settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	EarlySigns(JdbcClient jdbc, PatrolScope scope, Locator locator, ReportSubmissions reports,
			PatrolProperties settings, ApplicationEventPublisher events, Clock clock, StewardProperties steward) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.locator = locator;
		this.reports = reports;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.zone = steward.zone();
	}

	/** An officer records a sign (or a demolished site) of their station; its first visit is scheduled. */
	@Transactional
	Sign record(CurrentUser user, SignInput input) {
		String station = scope.patrolStation(user);
		List<Refusal.FieldError> bad = new ArrayList<>();
		Kind kind = null;
		try {
			kind = Kind.valueOf(input.kind() == null ? "" : input.kind());
		}
		catch (IllegalArgumentException unknown) {
			bad.add(Refusal.FieldError.of("kind", "patrol.refused.sign.kind", input.kind()));
		}
		GeoPoint at = null;
		if (input.lat() == null || input.lng() == null) {
			bad.add(Refusal.FieldError.of("location", "patrol.refused.location.required"));
		}
		else {
			try {
				at = new GeoPoint(input.lat(), input.lng());
			}
			catch (Refusal outOfRange) {
				bad.addAll(outOfRange.fields());
			}
		}
		String description = trimmed(input.description());
		int length = description == null ? 0 : description.codePointCount(0, description.length());
		if (length < Patrols.MIN_DESCRIPTION || length > Patrols.MAX_DESCRIPTION) {
			bad.add(Refusal.FieldError.of("description", "patrol.refused.description.length", Patrols.MIN_DESCRIPTION,
					Patrols.MAX_DESCRIPTION));
		}
		String address = trimmed(input.address());
		if (address != null && address.length() > Patrols.MAX_ADDRESS) {
			bad.add(Refusal.FieldError.of("address", "patrol.refused.address.length", Patrols.MAX_ADDRESS));
		}
		String party = trimmed(input.party());
		if (party != null && party.length() > 100) {
			bad.add(Refusal.FieldError.of("party", "patrol.refused.party.length", 100));
		}
		Refusal.throwIfAny(bad);
		Instant now = clock.instant();
		String grid = locator.locate(at).map(l -> l.grid().code()).orElse(null);
		GeneratedKeyHolder holder = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into patrol_early_sign (station_code, grid_code, lat, lng, address, party, kind, description,
				  recorded_by, recorded_at, status, next_visit_at)
				values (:station, :grid, :lat, :lng, :address, :party, :kind, :description, :by, :at, 'WATCHING', :next)""")
			.param("station", station)
			.param("grid", grid)
			.param("lat", at.lat())
			.param("lng", at.lng())
			.param("address", address)
			.param("party", party)
			.param("kind", kind.name())
			.param("description", description)
			.param("by", user.displayName())
			.param("at", Timestamp.from(now))
			.param("next", Timestamp.from(now.plus(interval(kind))))
			.update(holder, "id");
		long id = holder.getKeyAs(Long.class);
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "early-sign:" + id,
				PatrolRecorded.Action.SIGN_RECORDED, at.lat() + "," + at.lng(), "kind=" + kind
						+ (grid == null ? "" : "; grid=" + grid) + (party == null ? "" : "; party=" + party)
						+ "; notes=" + description,
				List.of()));
		return find(id).orElseThrow();
	}

	/** A follow-up visit: what it found; the next visit is scheduled from now. */
	@Transactional
	Sign visit(long id, CurrentUser user, @Nullable String outcome, @Nullable String note) {
		Sign sign = forWriting(id, user);
		Outcome found;
		try {
			found = Outcome.valueOf(outcome == null ? "" : outcome);
		}
		catch (IllegalArgumentException unknown) {
			throw Refusal.invalid("outcome", "patrol.refused.visit.outcome", outcome);
		}
		String text = trimmed(note);
		if (text != null && text.length() > Patrols.MAX_DESCRIPTION) {
			throw Refusal.invalid("note", "patrol.refused.note.length", Patrols.MAX_DESCRIPTION);
		}
		Instant now = clock.instant();
		jdbc.sql("insert into patrol_sign_visit (sign_id, at, visited_by, outcome, note) values (:id, :at, :by, :o, :n)")
			.param("id", id)
			.param("at", Timestamp.from(now))
			.param("by", user.displayName())
			.param("o", found.name())
			.param("n", text)
			.update();
		jdbc.sql("update patrol_early_sign set visits = visits + 1, next_visit_at = :next, version = version + 1 where id = :id")
			.param("next", Timestamp.from(now.plus(interval(sign.kind()))))
			.param("id", id)
			.update();
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "early-sign:" + id,
				PatrolRecorded.Action.SIGN_VISITED, sign.lat() + "," + sign.lng(),
				"outcome=" + found + (text == null ? "" : "; notes=" + text), List.of()));
		return find(id).orElseThrow();
	}

	/** Closes the watch: a sign as stopped (劝阻成功), a demolished site as cleared (no rebuilding). */
	@Transactional
	Sign close(long id, CurrentUser user, @Nullable String note) {
		Sign sign = forWriting(id, user);
		Status status = sign.kind() == Kind.DEMOLISHED_SITE ? Status.CLEARED : Status.STOPPED;
		Instant now = clock.instant();
		finish(id, status, null, user, now);
		String text = trimmed(note);
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "early-sign:" + id,
				status == Status.CLEARED ? PatrolRecorded.Action.SIGN_CLEARED : PatrolRecorded.Action.SIGN_STOPPED,
				sign.lat() + "," + sign.lng(),
				"visits=" + sign.visits() + (text == null ? "" : "; notes=" + (text.length() > 500 ? text.substring(0, 500) : text)),
				List.of()));
		return find(id).orElseThrow();
	}

	/**
	 * The sign went on to building: a 私搭乱建 case through intake (source 主动发现), its description carrying
	 * the sign and every visit, linked back to the sign.
	 */
	Sign toCase(long id, CurrentUser user) {
		Sign sign = forWriting(id, user);
		DateTimeFormatter when = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(zone);
		StringBuilder history = new StringBuilder("【违建苗头 #" + id + " 转立案】" + sign.description() + "（"
				+ when.format(sign.recordedAt()) + " " + sign.recordedBy() + " 发现）");
		for (Visit v : visits(id)) {
			history.append("；").append(when.format(v.at())).append(" 回访：").append(outcomeZh(v.outcome()));
			if (v.note() != null) {
				history.append("，").append(v.note());
			}
		}
		String description = history.length() > 2000 ? history.substring(0, 2000) : history.toString();
		ReportSubmissions.Submitted submitted = reports.submit(new ReportSubmissions.Submission(Channel.PROACTIVE,
				user.username(), CASE_CATEGORY, description, sign.lat(), sign.lng(), sign.address(), null, null, null,
				null, "early-sign:" + id));
		Instant now = clock.instant();
		finish(id, Status.CASE, submitted.caseNumber().value(), user, now);
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "early-sign:" + id,
				PatrolRecorded.Action.SIGN_TO_CASE, sign.lat() + "," + sign.lng(),
				"case=" + submitted.caseNumber().value() + "; visits=" + sign.visits(), List.of()));
		return find(id).orElseThrow();
	}

	private void finish(long id, Status status, @Nullable String caseNumber, CurrentUser user, Instant now) {
		int updated = jdbc.sql("""
				update patrol_early_sign set status = :status, case_number = :case, closed_at = :at, closed_by = :by,
				  next_visit_at = null, version = version + 1 where id = :id and status = 'WATCHING'""")
			.param("status", status.name())
			.param("case", caseNumber)
			.param("at", Timestamp.from(now))
			.param("by", user.displayName())
			.param("id", id)
			.update();
		if (updated == 0) {
			throw PatrolRefusals.signClosed(id);
		}
	}

	private Sign forWriting(long id, CurrentUser user) {
		Sign sign = find(id).orElseThrow(() -> PatrolRefusals.signNotFound(id));
		if (!scope.canSee(user, sign.stationCode())) {
			throw PatrolRefusals.signNotFound(id);
		}
		if (!scope.patrolStation(user).equals(sign.stationCode())) {
			throw PatrolRefusals.notAnOfficer();
		}
		if (!sign.open()) {
			throw PatrolRefusals.signClosed(id);
		}
		return sign;
	}

	Duration interval(Kind kind) {
		return kind == Kind.DEMOLISHED_SITE ? settings.demolishedRecheck() : settings.signFollowUp();
	}

	private static String outcomeZh(Outcome outcome) {
		return switch (outcome) {
			case UNCHANGED -> "无变化";
			case PROGRESSING -> "仍在推进";
			case STOPPED -> "已停止";
			case REBUILDING -> "有复建迹象";
		};
	}

	// ------------------------------------------------------------------ reads

	@Transactional(readOnly = true)
	List<Sign> visibleTo(CurrentUser user) {
		return jdbc.sql("select * from patrol_early_sign order by status desc, next_visit_at, id desc")
			.query(EarlySigns::sign)
			.list()
			.stream()
			.filter(s -> scope.canSee(user, s.stationCode()))
			.toList();
	}

	/** Open watches of a station whose next visit is due by {@code at}. */
	@Transactional(readOnly = true)
	List<Sign> due(String stationCode, Instant at) {
		return jdbc.sql("""
				select * from patrol_early_sign where station_code = :s and status = 'WATCHING' and next_visit_at <= :at
				order by next_visit_at""")
			.param("s", stationCode)
			.param("at", Timestamp.from(at))
			.query(EarlySigns::sign)
			.list();
	}

	@Transactional(readOnly = true)
	Sign read(long id, CurrentUser user) {
		Sign sign = find(id).orElseThrow(() -> PatrolRefusals.signNotFound(id));
		if (!scope.canSee(user, sign.stationCode())) {
			throw PatrolRefusals.signNotFound(id);
		}
		return sign;
	}

	Optional<Sign> find(long id) {
		return jdbc.sql("select * from patrol_early_sign where id = :id").param("id", id).query(EarlySigns::sign)
			.optional();
	}

	List<Visit> visits(long id) {
		return jdbc.sql("select * from patrol_sign_visit where sign_id = :id order by at, id")
			.param("id", id)
			.query((rs, n) -> new Visit(rs.getLong("id"), rs.getLong("sign_id"), rs.getTimestamp("at").toInstant(),
					rs.getString("visited_by"), Outcome.valueOf(rs.getString("outcome")), rs.getString("note")))
			.list();
	}

	private static Sign sign(ResultSet rs, int row) throws SQLException {
		return new Sign(rs.getLong("id"), rs.getString("station_code"), rs.getString("grid_code"), rs.getDouble("lat"),
				rs.getDouble("lng"), rs.getString("address"), rs.getString("party"), Kind.valueOf(rs.getString("kind")),
				rs.getString("description"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
				Status.valueOf(rs.getString("status")), Patrols.instant(rs.getTimestamp("next_visit_at")),
				rs.getInt("visits"), rs.getString("case_number"), Patrols.instant(rs.getTimestamp("closed_at")),
				rs.getString("closed_by"));
	}

	private static @Nullable String trimmed(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
