package org.steward.patrol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.cases.Channel;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.intake.ReportSubmissions;
import org.steward.refusal.Refusal;
import org.steward.territory.TerritoryLevel;
import org.steward.territory.TerritoryShapes;

/**
 * Warnings (未诉先办): a category coming back within a distance and period (recurrence, per-category
 * thresholds), and grids significantly hot for a category in a week by Getis-Ord Gi* over the grid
 * counts, with contiguity weights (grids whose polygons touch, and the grid itself). Station heads, squad
 * leaders and the command centre turn a warning into a proactive case (source 主动发现) linked to it, or
 * dismiss it with a note.
 */
@Service
class Warnings {

	static final int MAX_NOTE = 500;

	/** The kinds of warning. */
	enum Kind {
		RECURRENCE, HOTSPOT
	}

	/** What became of a warning. */
	enum Status {
		OPEN, CASE, DISMISSED
	}

	/** A warning with the cases behind it. */
	record Warning(long id, Kind kind, String categoryCode, @Nullable String gridCode, @Nullable String stationCode,
			double lat, double lng, Instant raisedAt, Instant periodStart, Instant periodEnd, int caseCount,
			@Nullable Double zScore, @Nullable Integer confidence, Status status, @Nullable String caseNumber,
			@Nullable String actedBy, @Nullable String note, List<String> cases) {
	}

	private final JdbcClient jdbc;

	private final PatrolScope scope;

	private final TerritoryShapes shapes;

	private final ReportSubmissions reports;

	private final PatrolProperties settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	Warnings(JdbcClient jdbc, PatrolScope scope, TerritoryShapes shapes, ReportSubmissions reports,
			PatrolProperties settings, ApplicationEventPublisher events, Clock clock, StewardProperties steward) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.shapes = shapes;
		this.reports = reports;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.zone = steward.zone();
	}

	// ------------------------------------------------------------------ recurrence

	/**
	 * After a case is recorded: when its category reached the threshold within the radius and period
	 * around it, the open recurrence warning there takes the case, or a new warning is raised with every
	 * case behind it.
	 */
	@Transactional
	Optional<Warning> checkRecurrence(CaseFacts.Fact fact) {
		PatrolProperties.Rule rule = settings.recurrence().ruleFor(fact.categoryCode());
		Instant from = fact.registeredAt().minus(rule.period());
		List<CaseFacts.Fact> near = CaseFacts.ofCategory(jdbc, fact.categoryCode(), from, fact.registeredAt().plusSeconds(1))
			.stream()
			.filter(f -> !f.dismissed())
			.filter(f -> PatrolTrack.distance(f.lat(), f.lng(), fact.lat(), fact.lng()) <= rule.radiusMetres())
			.toList();
		if (near.size() < rule.threshold()) {
			return Optional.empty();
		}
		Optional<Warning> open = openRecurrenceNear(fact, rule.radiusMetres());
		Instant now = clock.instant();
		if (open.isPresent()) {
			Warning warning = open.get();
			for (CaseFacts.Fact f : near) {
				linkCase(warning.id(), f.caseNumber());
			}
			jdbc.sql("""
					update patrol_warning set case_count = (select count(*) from patrol_warning_case where warning_id = :id),
					  period_end = :end where id = :id""")
				.param("id", warning.id())
				.param("end", Timestamp.from(fact.registeredAt()))
				.update();
			return find(warning.id());
		}
		long id = insert(Kind.RECURRENCE, fact.categoryCode(), fact.gridCode(), fact.stationCode(), fact.lat(),
				fact.lng(), now, near.get(0).registeredAt(), fact.registeredAt(), near.size(), null, null,
				"R:" + fact.categoryCode() + ":" + fact.caseNumber());
		near.forEach(f -> linkCase(id, f.caseNumber()));
		events.publishEvent(new PatrolRecorded(now, "system", "warning:" + id, PatrolRecorded.Action.WARNING_RAISED,
				fact.lat() + "," + fact.lng(), "kind=RECURRENCE; category=" + fact.categoryCode() + "; cases="
						+ near.stream().map(CaseFacts.Fact::caseNumber).collect(Collectors.joining(",")),
				List.of()));
		return find(id);
	}

	private Optional<Warning> openRecurrenceNear(CaseFacts.Fact fact, double radius) {
		return jdbc.sql("select * from patrol_warning where kind = 'RECURRENCE' and status = 'OPEN' and category_code = :c")
			.param("c", fact.categoryCode())
			.query(this::warning)
			.list()
			.stream()
			.filter(w -> PatrolTrack.distance(w.lat(), w.lng(), fact.lat(), fact.lng()) <= radius)
			.findFirst();
	}

	// ------------------------------------------------------------------ hotspots

	/** The week before the current one is analysed every Monday at 01:30. */
	// transactional here: detectHotspots() called from this method bypasses the proxy and its own annotation
	@Transactional
	@Scheduled(cron = "0 30 1 * * MON", zone = "${steward.zone:Asia/Shanghai}")
	void weekly() {
		LocalDate thisMonday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		detectHotspots(thisMonday.minusWeeks(1));
	}

	/** One grid's Gi* for a category and week. */
	record GridScore(String gridCode, int count, double z, int confidence) {
	}

	/**
	 * Gi* over the grid counts of every category registered in the week starting {@code monday}; each grid
	 * at or above the configured confidence with at least one case raises a hotspot warning (once).
	 */
	@Transactional
	List<Warning> detectHotspots(LocalDate monday) {
		Instant from = monday.atStartOfDay(zone).toInstant();
		Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
		List<TerritoryShapes.Shape> grids = shapes.shapes(TerritoryLevel.GRID);
		double[][] weights = contiguity(grids);
		Map<String, Map<String, Integer>> countsByCategory = new HashMap<>();
		jdbc.sql("""
				select category_code, grid_code, count(*) from patrol_case_fact
				where registered_at >= :from and registered_at < :to and grid_code is not null and dismissed = false
				group by category_code, grid_code""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> countsByCategory.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
				.put(rs.getString(2), rs.getInt(3)))
			.list();
		List<Warning> raised = new ArrayList<>();
		for (var entry : countsByCategory.entrySet()) {
			for (GridScore score : scores(grids, weights, entry.getValue())) {
				if (score.count() > 0 && score.confidence() >= settings.hotspotConfidence()) {
					hotspot(entry.getKey(), score, grids, from, to).ifPresent(raised::add);
				}
			}
		}
		return raised;
	}

	/** Gi* of every grid for one category's counts. */
	static List<GridScore> scores(List<TerritoryShapes.Shape> grids, double[][] weights, Map<String, Integer> counts) {
		double[] x = new double[grids.size()];
		for (int i = 0; i < grids.size(); i++) {
			x[i] = counts.getOrDefault(grids.get(i).unit().code(), 0);
		}
		double[] z = GetisOrd.giStar(x, weights);
		List<GridScore> scores = new ArrayList<>();
		for (int i = 0; i < grids.size(); i++) {
			scores.add(new GridScore(grids.get(i).unit().code(), (int) x[i], z[i], GetisOrd.hotConfidence(z[i])));
		}
		return scores;
	}

	/** Binary contiguity with the grid itself: 1 where polygons touch or overlap. */
	static double[][] contiguity(List<TerritoryShapes.Shape> grids) {
		int n = grids.size();
		double[][] w = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				w[i][j] = i == j || grids.get(i).geometry().intersects(grids.get(j).geometry()) ? 1 : 0;
			}
		}
		return w;
	}

	private Optional<Warning> hotspot(String category, GridScore score, List<TerritoryShapes.Shape> grids,
			Instant from, Instant to) {
		String key = "H:" + category + ":" + score.gridCode() + ":" + from.getEpochSecond();
		if (jdbc.sql("select count(*) from patrol_warning where dedupe_key = :k").param("k", key).query(Integer.class)
			.single() > 0) {
			return Optional.empty();
		}
		TerritoryShapes.Shape shape = grids.stream().filter(g -> g.unit().code().equals(score.gridCode())).findFirst()
			.orElseThrow();
		var centre = shape.geometry().getCentroid();
		Instant now = clock.instant();
		String station = scope.stationOfGrid(score.gridCode()).orElse(null);
		long id = insert(Kind.HOTSPOT, category, score.gridCode(), station, centre.getY(), centre.getX(), now, from, to,
				score.count(), score.z(), score.confidence(), key);
		jdbc.sql("""
				select case_number from patrol_case_fact where category_code = :c and grid_code = :g
				  and registered_at >= :from and registered_at < :to and dismissed = false""")
			.param("c", category)
			.param("g", score.gridCode())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(String.class)
			.list()
			.forEach(number -> linkCase(id, number));
		events.publishEvent(new PatrolRecorded(now, "system", "warning:" + id, PatrolRecorded.Action.WARNING_RAISED,
				score.gridCode(), "kind=HOTSPOT; category=" + category + "; count=" + score.count() + "; z="
						+ Math.round(score.z() * 1000) / 1000.0 + "; confidence=" + score.confidence(),
				List.of()));
		return find(id);
	}

	// ------------------------------------------------------------------ acting on warnings

	/** Turns a warning into a proactive case (主动发现) at its place, linked to the warning. */
	Warning toCase(long id, CurrentUser user, @Nullable String note, java.util.Locale locale) {
		Warning warning = forActing(id, user);
		String text = trimmed(note);
		checkNote(text);
		String description = (Kind.RECURRENCE == warning.kind() ? "【未诉先办·重复发生预警 #" : "【未诉先办·热点预警 #") + id + "】"
				+ (text == null ? "" : text + " ") + "关联案件：" + String.join("、", warning.cases());
		if (description.length() > 2000) {
			description = description.substring(0, 2000);
		}
		ReportSubmissions.Submitted submitted = reports.submit(new ReportSubmissions.Submission(Channel.PROACTIVE,
				user.username(), warning.categoryCode(), description, warning.lat(), warning.lng(), null, null, null,
				null, null, "warning:" + id));
		return close(warning, Status.CASE, submitted.caseNumber().value(), user, text,
				PatrolRecorded.Action.WARNING_TO_CASE);
	}

	@Transactional
	Warning dismiss(long id, CurrentUser user, @Nullable String note) {
		Warning warning = forActing(id, user);
		String text = trimmed(note);
		checkNote(text);
		return close(warning, Status.DISMISSED, null, user, text, PatrolRecorded.Action.WARNING_DISMISSED);
	}

	private Warning close(Warning warning, Status status, @Nullable String caseNumber, CurrentUser user,
			@Nullable String note, PatrolRecorded.Action action) {
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update patrol_warning set status = :status, case_number = :case, acted_by = :by, acted_at = :at, note = :note
				where id = :id and status = 'OPEN'""")
			.param("status", status.name())
			.param("case", caseNumber)
			.param("by", user.displayName())
			.param("at", Timestamp.from(now))
			.param("note", note)
			.param("id", warning.id())
			.update();
		if (updated == 0) {
			throw PatrolRefusals.warningClosed(warning.id());
		}
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "warning:" + warning.id(), action,
				warning.lat() + "," + warning.lng(),
				"status=" + status + (caseNumber == null ? "" : "; case=" + caseNumber)
						+ (note == null ? "" : "; notes=" + note),
				List.of()));
		return find(warning.id()).orElseThrow();
	}

	private Warning forActing(long id, CurrentUser user) {
		Warning warning = find(id).orElseThrow(() -> PatrolRefusals.warningNotFound(id));
		if (!(user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER) || user.has(Role.COMMAND_CENTRE))) {
			throw PatrolRefusals.mayNotActOnWarnings();
		}
		if (!visible(warning, user)) {
			throw PatrolRefusals.warningNotFound(id);
		}
		if (warning.status() != Status.OPEN) {
			throw PatrolRefusals.warningClosed(id);
		}
		return warning;
	}

	private static void checkNote(@Nullable String note) {
		if (note != null && note.length() > MAX_NOTE) {
			throw Refusal.invalid("note", "patrol.refused.note.length", MAX_NOTE);
		}
	}

	// ------------------------------------------------------------------ reads

	boolean visible(Warning warning, CurrentUser user) {
		if (warning.stationCode() != null) {
			return scope.canSee(user, warning.stationCode());
		}
		// a warning no station answers for belongs to the district its grid lies in (grid codes begin with it)
		return user.scope() instanceof org.steward.identity.DataScope.District(String district)
				&& warning.gridCode() != null && warning.gridCode().startsWith(district);
	}

	@Transactional(readOnly = true)
	List<Warning> visibleTo(CurrentUser user, @Nullable Status status) {
		return jdbc.sql("select * from patrol_warning" + (status == null ? "" : " where status = :status")
				+ " order by raised_at desc, id desc")
			.params(status == null ? Map.<String, Object>of() : Map.<String, Object>of("status", status.name()))
			.query(this::warning)
			.list()
			.stream()
			.filter(w -> visible(w, user))
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<Warning> find(long id) {
		return jdbc.sql("select * from patrol_warning where id = :id").param("id", id).query(this::warning).optional();
	}

	@Transactional(readOnly = true)
	Warning read(long id, CurrentUser user) {
		Warning warning = find(id).orElseThrow(() -> PatrolRefusals.warningNotFound(id));
		if (!visible(warning, user)) {
			throw PatrolRefusals.warningNotFound(id);
		}
		return warning;
	}

	private long insert(Kind kind, String category, @Nullable String grid, @Nullable String station, double lat,
			double lng, Instant now, Instant periodStart, Instant periodEnd, int count, @Nullable Double z,
			@Nullable Integer confidence, String key) {
		GeneratedKeyHolder holder = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into patrol_warning (kind, category_code, grid_code, station_code, lat, lng, raised_at, period_start,
				  period_end, case_count, z_score, confidence, status, dedupe_key)
				values (:kind, :category, :grid, :station, :lat, :lng, :now, :start, :end, :count, :z, :confidence, 'OPEN', :key)""")
			.param("kind", kind.name())
			.param("category", category)
			.param("grid", grid)
			.param("station", station)
			.param("lat", lat)
			.param("lng", lng)
			.param("now", Timestamp.from(now))
			.param("start", Timestamp.from(periodStart))
			.param("end", Timestamp.from(periodEnd))
			.param("count", count)
			.param("z", z)
			.param("confidence", confidence)
			.param("key", key)
			.update(holder, "id");
		return holder.getKeyAs(Long.class);
	}

	private void linkCase(long warningId, String caseNumber) {
		if (jdbc.sql("select count(*) from patrol_warning_case where warning_id = :w and case_number = :c")
			.param("w", warningId)
			.param("c", caseNumber)
			.query(Integer.class)
			.single() == 0) {
			jdbc.sql("insert into patrol_warning_case (warning_id, case_number) values (:w, :c)")
				.param("w", warningId)
				.param("c", caseNumber)
				.update();
		}
	}

	private Warning warning(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<String> cases = jdbc.sql("select case_number from patrol_warning_case where warning_id = :id order by case_number")
			.param("id", id)
			.query(String.class)
			.list();
		double z = rs.getDouble("z_score");
		Double zScore = rs.wasNull() ? null : z;
		int c = rs.getInt("confidence");
		Integer confidence = rs.wasNull() ? null : c;
		return new Warning(id, Kind.valueOf(rs.getString("kind")), rs.getString("category_code"),
				rs.getString("grid_code"), rs.getString("station_code"), rs.getDouble("lat"), rs.getDouble("lng"),
				rs.getTimestamp("raised_at").toInstant(), rs.getTimestamp("period_start").toInstant(),
				rs.getTimestamp("period_end").toInstant(), rs.getInt("case_count"), zScore, confidence,
				Status.valueOf(rs.getString("status")), rs.getString("case_number"), rs.getString("acted_by"),
				rs.getString("note"), cases);
	}

	private static @Nullable String trimmed(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
