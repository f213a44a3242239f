package org.steward.patrol;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.cases.Channel;
import org.steward.catalog.Catalog;
import org.steward.cases.Evidence;
import org.steward.evidence.Photos;
import org.steward.identity.CurrentUser;
import org.steward.intake.ReportSubmissions;
import org.steward.organization.Officer;
import org.steward.organization.OfficerOnDuty;
import org.steward.organization.Organization;
import org.steward.patrol.Patrol.BatchResult;
import org.steward.patrol.Patrol.Finding;
import org.steward.patrol.Patrol.FindingKind;
import org.steward.patrol.Patrol.GridPassed;
import org.steward.patrol.Patrol.Point;
import org.steward.refusal.Refusal;
import org.steward.territory.GeoPoint;
import org.steward.territory.Locator;
import org.steward.territory.Territory;
import org.steward.territory.TerritoryUnit;

/**
 * Patrols: start, positions in batches (idempotent by their time, located in the grids as they
 * arrive), findings on the way, end (the track simplified and measured). Only the officer who started
 * a patrol writes to it; everyone whose scope covers its station reads it.
 */
@Service
class Patrols {

	/** A position this far before the start or after the end (or now) is not part of the patrol. */
	static final Duration SLACK = Duration.ofMinutes(2);

	static final int MIN_DESCRIPTION = 5;

	static final int MAX_DESCRIPTION = 1000;

	static final int MAX_ADDRESS = 200;

	static final int MAX_COMPANIONS = 200;

	static final int MAX_KEY = 64;

	private final JdbcClient jdbc;

	private final PatrolScope scope;

	private final Organization organization;

	private final Locator locator;

	private final Territory territory;

	private final Catalog catalog;

	private final ReportSubmissions reports;

	private final Photos photos;

	private final ApplicationEventPublisher events;

	private final PatrolProperties settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Patrols(JdbcClient jdbc, PatrolScope scope, Organization organization, Locator locator, Territory territory,
			Catalog catalog, ReportSubmissions reports, Photos photos, ApplicationEventPublisher events,
			PatrolProperties settings, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.organization = organization;
		this.locator = locator;
		this.territory = territory;
		this.catalog = catalog;
		this.reports = reports;
		this.photos = photos;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	// ------------------------------------------------------------------ start and end

	/** Starts a patrol of the user's own station; one active patrol per officer at a time. */
	@Transactional
	Patrol start(CurrentUser user, @Nullable String companions) {
		String station = scope.patrolStation(user);
		String with = companions == null || companions.isBlank() ? null : companions.strip();
		if (with != null && with.length() > MAX_COMPANIONS) {
			throw Refusal.invalid("companions", "patrol.refused.companions.length", MAX_COMPANIONS);
		}
		Optional<Patrol> running = active(user);
		if (running.isPresent()) {
			throw PatrolRefusals.alreadyActive(running.get().id());
		}
		Instant now = clock.instant();
		Optional<Officer> officer = organization.officerByUsername(user.username());
		Optional<OfficerOnDuty> shift = officer.flatMap(o -> organization.onDuty(station, now)
			.stream()
			.filter(d -> d.code().equals(o.code()))
			.findFirst());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into patrol (station_code, username, officer_code, officer_name, companions, shift_start, shift_end,
				  started_at)
				values (:station, :username, :officer, :name, :companions, :shiftStart, :shiftEnd, :at)""")
			.param("station", station)
			.param("username", user.username())
			.param("officer", officer.map(Officer::code).orElse(null))
			.param("name", officer.map(Officer::name).orElse(user.displayName()))
			.param("companions", with)
			.param("shiftStart", shift.map(s -> Timestamp.from(s.shiftStart())).orElse(null))
			.param("shiftEnd", shift.map(s -> Timestamp.from(s.shiftEnd())).orElse(null))
			.param("at", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "patrol:" + id,
				PatrolRecorded.Action.PATROL_STARTED, station,
				"station=" + station + (with == null ? "" : "; companions=" + with)
						+ shift.map(s -> "; shift=" + s.shiftStart() + "/" + s.shiftEnd()).orElse(""),
				List.of()));
		return find(id).orElseThrow();
	}

	/** Ends the patrol: its track is simplified and measured from every position received. */
	@Transactional
	Patrol end(long id, CurrentUser user) {
		Patrol patrol = lockForWriting(id, user);
		if (!patrol.active()) {
			throw PatrolRefusals.ended(id);
		}
		Instant now = clock.instant();
		jdbc.sql("update patrol set ended_at = :at, version = version + 1 where id = :id")
			.param("at", Timestamp.from(now))
			.param("id", id)
			.update();
		storeTrack(id);
		Patrol ended = find(id).orElseThrow();
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "patrol:" + id,
				PatrolRecorded.Action.PATROL_ENDED, ended.stationCode(),
				"points=" + ended.pointCount() + "; metres=" + Math.round(ended.distanceMetres()) + "; grids="
						+ String.join(",", gridsPassed(id).stream().map(GridPassed::gridCode).toList()),
				List.of()));
		return ended;
	}

	// ------------------------------------------------------------------ positions

	/**
	 * Stores a batch of positions. A position already stored (same patrol, same time) is counted as a
	 * duplicate and changes nothing, so a phone may resend a batch whose answer it lost. Positions outside
	 * the patrol's time or off the globe are skipped (counted in neither), so one bad fix never blocks
	 * the phone's queue. Late batches of an ended patrol are taken as long as their positions fall within
	 * it, and its track is recomputed.
	 */
	@Transactional
	BatchResult addPoints(long id, CurrentUser user, List<Point> batch) {
		if (batch.size() > settings.maxBatch()) {
			throw Refusal.invalid("points", "patrol.refused.points.tooMany", settings.maxBatch());
		}
		Patrol patrol = lockForWriting(id, user);
		Instant from = patrol.startedAt().minus(SLACK);
		Instant to = (patrol.endedAt() == null ? clock.instant() : patrol.endedAt()).plus(SLACK);
		Map<Long, Point> usable = new LinkedHashMap<>();
		for (Point p : batch) {
			Instant t = Instant.ofEpochMilli(p.t());
			boolean onGlobe = Double.isFinite(p.lat()) && Double.isFinite(p.lng()) && Math.abs(p.lat()) <= 90
					&& Math.abs(p.lng()) <= 180;
			if (onGlobe && !t.isBefore(from) && !t.isAfter(to)) {
				usable.putIfAbsent(p.t(), p);
			}
		}
		Set<Long> stored = new HashSet<>();
		if (!usable.isEmpty()) {
			stored.addAll(jdbc.sql("select recorded_at from patrol_point where patrol_id = :id and recorded_at in (:times)")
				.param("id", id)
				.param("times", usable.keySet().stream().map(t -> Timestamp.from(Instant.ofEpochMilli(t))).toList())
				.query((rs, n) -> rs.getTimestamp(1).toInstant().toEpochMilli())
				.list());
		}
		int accepted = 0;
		for (Point p : usable.values()) {
			if (stored.contains(p.t())) {
				continue;
			}
			String grid = locator.locate(new GeoPoint(p.lat(), p.lng())).map(l -> l.grid().code()).orElse(null);
			jdbc.sql("""
					insert into patrol_point (patrol_id, recorded_at, lat, lng, accuracy, grid_code)
					values (:id, :t, :lat, :lng, :accuracy, :grid)""")
				.param("id", id)
				.param("t", Timestamp.from(Instant.ofEpochMilli(p.t())))
				.param("lat", p.lat())
				.param("lng", p.lng())
				.param("accuracy", p.accuracy())
				.param("grid", grid)
				.update();
			accepted++;
		}
		int duplicates = (int) usable.keySet().stream().filter(stored::contains).count()
				+ (batch.size() - usable.size() - skipped(batch, from, to));
		if (accepted > 0) {
			refreshGrids(patrol);
			if (!patrol.active()) {
				storeTrack(id);
			}
		}
		int total = jdbc.sql("select count(*) from patrol_point where patrol_id = :id").param("id", id)
			.query(Integer.class).single();
		jdbc.sql("update patrol set point_count = :n where id = :id").param("n", total).param("id", id).update();
		return new BatchResult(accepted, duplicates, total);
	}

	private static int skipped(List<Point> batch, Instant from, Instant to) {
		int skipped = 0;
		for (Point p : batch) {
			Instant t = Instant.ofEpochMilli(p.t());
			boolean onGlobe = Double.isFinite(p.lat()) && Double.isFinite(p.lng()) && Math.abs(p.lat()) <= 90
					&& Math.abs(p.lng()) <= 180;
			if (!onGlobe || t.isBefore(from) || t.isAfter(to)) {
				skipped++;
			}
		}
		return skipped;
	}

	private void refreshGrids(Patrol patrol) {
		jdbc.sql("delete from patrol_grid where patrol_id = :id").param("id", patrol.id()).update();
		jdbc.sql("""
				insert into patrol_grid (patrol_id, grid_code, station_code, first_at, last_at, points)
				select patrol_id, grid_code, :station, min(recorded_at), max(recorded_at), count(*)
				from patrol_point where patrol_id = :id and grid_code is not null
				group by patrol_id, grid_code""")
			.param("station", patrol.stationCode())
			.param("id", patrol.id())
			.update();
	}

	private void storeTrack(long id) {
		List<double[]> raw = rawTrack(id);
		List<double[]> simplified = PatrolTrack.simplify(raw, settings.simplifyMetres());
		jdbc.sql("update patrol set track = :track, distance_metres = :metres where id = :id")
			.param("track", PatrolTrack.toJson(simplified))
			.param("metres", PatrolTrack.length(raw))
			.param("id", id)
			.update();
	}

	private List<double[]> rawTrack(long id) {
		return jdbc.sql("select lat, lng from patrol_point where patrol_id = :id order by recorded_at")
			.param("id", id)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.list();
	}

	/**
	 * A patrol walked before this instance kept it (the demo's past week, an import from a former system):
	 * stored with its own times, its positions located in the grids and its track simplified as if it had
	 * been walked here; its findings are checked places and problems handled on the spot (no case is opened).
	 */
	@Transactional
	Patrol recordPast(CurrentUser user, Instant start, Instant end, List<Point> points, List<PastFinding> findings) {
		String station = scope.patrolStation(user);
		Optional<Officer> officer = organization.officerByUsername(user.username());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into patrol (station_code, username, officer_code, officer_name, started_at, ended_at)
				values (:station, :username, :officer, :name, :start, :end)""")
			.param("station", station)
			.param("username", user.username())
			.param("officer", officer.map(Officer::code).orElse(null))
			.param("name", officer.map(Officer::name).orElse(user.displayName()))
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (Point p : points) {
			String grid = locator.locate(new GeoPoint(p.lat(), p.lng())).map(l -> l.grid().code()).orElse(null);
			jdbc.sql("""
					insert into patrol_point (patrol_id, recorded_at, lat, lng, accuracy, grid_code)
					values (:id, :t, :lat, :lng, :accuracy, :grid)""")
				.param("id", id)
				.param("t", Timestamp.from(Instant.ofEpochMilli(p.t())))
				.param("lat", p.lat())
				.param("lng", p.lng())
				.param("accuracy", p.accuracy())
				.param("grid", grid)
				.update();
		}
		Patrol patrol = find(id).orElseThrow();
		refreshGrids(patrol);
		storeTrack(id);
		jdbc.sql("update patrol set point_count = :n where id = :id").param("n", points.size()).param("id", id).update();
		for (PastFinding f : findings) {
			jdbc.sql("""
					insert into patrol_finding (patrol_id, kind, at, lat, lng, grid_code, category_code, description, address,
					  recorded_by)
					values (:patrol, :kind, :at, :lat, :lng, :grid, :category, :description, :address, :by)""")
				.param("patrol", id)
				.param("kind", f.kind().name())
				.param("at", Timestamp.from(f.at()))
				.param("lat", f.lat())
				.param("lng", f.lng())
				.param("grid", locator.locate(new GeoPoint(f.lat(), f.lng())).map(l -> l.grid().code()).orElse(null))
				.param("category", f.categoryCode())
				.param("description", f.description())
				.param("address", f.address())
				.param("by", user.displayName())
				.update();
		}
		events.publishEvent(new PatrolRecorded(clock.instant(), user.displayName(), "patrol:" + id,
				PatrolRecorded.Action.PATROL_ENDED, station, "imported=true; started=" + start + "; ended=" + end
						+ "; points=" + points.size() + "; findings=" + findings.size(),
				List.of()));
		return find(id).orElseThrow();
	}

	/** A finding of a past patrol. */
	record PastFinding(FindingKind kind, Instant at, double lat, double lng, @Nullable String categoryCode,
			@Nullable String description, @Nullable String address) {
	}

	// ------------------------------------------------------------------ findings

	/** A finding as entered: where, what, and the form's key that makes a resent form harmless. */
	record FindingInput(FindingKind kind, @Nullable Double lat, @Nullable Double lng, @Nullable String categoryCode,
			@Nullable String description, @Nullable String address, @Nullable String clientKey) {
	}

	/**
	 * Records a finding. A case goes through intake's patrol channel (routed like every report); a
	 * problem handled on the spot keeps its before and after photos in the evidence store and is not
	 * dispatched; a checked place needs only where. The same form key answers the first finding again.
	 */
	Finding recordFinding(long id, CurrentUser user, FindingInput input, List<Photos.Upload> before,
			List<Photos.Upload> after) {
		Patrol patrol = readForWriting(id, user);
		if (!patrol.active()) {
			throw PatrolRefusals.ended(id);
		}
		String key = input.clientKey() == null || input.clientKey().isBlank() ? null : input.clientKey().strip();
		if (key != null) {
			Optional<Finding> earlier = findingByKey(id, key);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		List<Refusal.FieldError> bad = new ArrayList<>();
		if (key != null && key.length() > MAX_KEY) {
			bad.add(Refusal.FieldError.of("clientKey", "patrol.refused.clientKey.length", MAX_KEY));
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
		String category = trimmed(input.categoryCode());
		String description = trimmed(input.description());
		String address = trimmed(input.address());
		boolean needsProblem = input.kind() != FindingKind.NO_ISSUE;
		if (needsProblem) {
			if (category == null) {
				bad.add(Refusal.FieldError.of("categoryCode", "patrol.refused.category.required"));
			}
			else if (catalog.current(category).filter(r -> r.active()).isEmpty()) {
				bad.add(Refusal.FieldError.of("categoryCode", "patrol.refused.category.unknown", category));
			}
		}
		else {
			category = null;
		}
		int length = description == null ? 0 : description.codePointCount(0, description.length());
		if ((needsProblem && length < MIN_DESCRIPTION) || length > MAX_DESCRIPTION) {
			bad.add(Refusal.FieldError.of("description", "patrol.refused.description.length", MIN_DESCRIPTION,
					MAX_DESCRIPTION));
		}
		if (address != null && address.length() > MAX_ADDRESS) {
			bad.add(Refusal.FieldError.of("address", "patrol.refused.address.length", MAX_ADDRESS));
		}
		if (input.kind() == FindingKind.ON_THE_SPOT) {
			if (before.size() != 1) {
				bad.add(Refusal.FieldError.of("before", "patrol.refused.photo.required"));
			}
			if (after.size() != 1) {
				bad.add(Refusal.FieldError.of("after", "patrol.refused.photo.required"));
			}
		}
		Refusal.throwIfAny(bad);

		String caseNumber = null;
		if (input.kind() == FindingKind.CASE) {
			ReportSubmissions.Submitted submitted = reports.submit(new ReportSubmissions.Submission(Channel.PATROL,
					user.username(), category, description, at.lat(), at.lng(), address, null, null, null, null,
					key == null ? null : "patrol-finding:" + id + ":" + key));
			caseNumber = submitted.caseNumber().value();
		}
		String grid = locator.locate(at).map(l -> l.grid().code()).orElse(null);
		GeoPoint where = at;
		String number = caseNumber;
		String cat = category;
		return transaction.execute(status -> insertFinding(patrol, user, input.kind(), where, grid, cat, description,
				address, number, key, before, after));
	}

	private Finding insertFinding(Patrol patrol, CurrentUser user, FindingKind kind, GeoPoint at,
			@Nullable String grid, @Nullable String category, @Nullable String description, @Nullable String address,
			@Nullable String caseNumber, @Nullable String key, List<Photos.Upload> before, List<Photos.Upload> after) {
		Instant now = clock.instant();
		GeneratedKeyHolder holder = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into patrol_finding (patrol_id, kind, at, lat, lng, grid_code, category_code, description, address,
				  case_number, recorded_by, client_key)
				values (:patrol, :kind, :at, :lat, :lng, :grid, :category, :description, :address, :case, :by, :key)""")
			.param("patrol", patrol.id())
			.param("kind", kind.name())
			.param("at", Timestamp.from(now))
			.param("lat", at.lat())
			.param("lng", at.lng())
			.param("grid", grid)
			.param("category", category)
			.param("description", description)
			.param("address", address)
			.param("case", caseNumber)
			.param("by", user.displayName())
			.param("key", key)
			.update(holder, "id");
		long findingId = holder.getKeyAs(Long.class);
		List<String> hashes = new ArrayList<>();
		if (kind == FindingKind.ON_THE_SPOT) {
			String owner = "patrol-finding:" + findingId;
			List<Refusal.FieldError> bad = new ArrayList<>();
			String beforeSha = keepOne(owner, before, "before", bad);
			String afterSha = keepOne(owner, after, "after", bad);
			Refusal.throwIfAny(bad);
			jdbc.sql("update patrol_finding set before_sha256 = :before, after_sha256 = :after where id = :id")
				.param("before", beforeSha)
				.param("after", afterSha)
				.param("id", findingId)
				.update();
			hashes.add(beforeSha);
			hashes.add(afterSha);
		}
		PatrolRecorded.Action action = switch (kind) {
			case CASE -> PatrolRecorded.Action.FINDING_CASE;
			case ON_THE_SPOT -> PatrolRecorded.Action.FINDING_ON_THE_SPOT;
			case NO_ISSUE -> PatrolRecorded.Action.FINDING_NO_ISSUE;
		};
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "patrol:" + patrol.id(), action,
				at.lat() + "," + at.lng(),
				"finding=" + findingId + (grid == null ? "" : "; grid=" + grid)
						+ (category == null ? "" : "; category=" + category)
						+ (caseNumber == null ? "" : "; case=" + caseNumber)
						+ (description == null ? "" : "; notes=" + description),
				hashes));
		return finding(findingId).orElseThrow();
	}

	private @Nullable String keepOne(String owner, List<Photos.Upload> uploads, String field,
			List<Refusal.FieldError> bad) {
		Photos.Inspection inspection = Photos.inspect(uploads);
		if (!inspection.problems().isEmpty()) {
			inspection.problems()
				.forEach(p -> bad.add(Refusal.FieldError.of(field, p.code(), p.arguments().toArray())));
			return null;
		}
		List<Evidence> kept = photos.keepInspected(owner, inspection.photos());
		return kept.get(0).sha256();
	}

	// ------------------------------------------------------------------ reads

	@Transactional(readOnly = true)
	Optional<Patrol> active(CurrentUser user) {
		return jdbc.sql("select * from patrol where username = :u and ended_at is null order by started_at desc")
			.param("u", user.username())
			.query(Patrols::patrol)
			.optional();
	}

	@Transactional(readOnly = true)
	Patrol.Detail detail(long id, CurrentUser user) {
		Patrol patrol = find(id).orElseThrow(() -> PatrolRefusals.notFound(id));
		scope.requireSee(user, patrol.stationCode(), id);
		List<double[]> track = patrol.track() != null ? PatrolTrack.fromJson(patrol.track())
				: PatrolTrack.simplify(rawTrack(id), settings.simplifyMetres());
		return new Patrol.Detail(patrol, gridsPassed(id), findings(id), track);
	}

	/** The latest patrols of the stations the user sees. */
	@Transactional(readOnly = true)
	List<Patrol> recent(CurrentUser user, int limit) {
		List<String> stations = scope.visibleStations(user).stream().map(s -> s.code()).toList();
		if (stations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from patrol where station_code in (:stations) order by started_at desc limit :limit")
			.param("stations", stations)
			.param("limit", limit)
			.query(Patrols::patrol)
			.list();
	}

	/** A finding's photo, for a reader of its patrol. */
	@Transactional(readOnly = true)
	Optional<Path> photo(long id, String sha256, CurrentUser user) {
		Patrol patrol = find(id).orElseThrow(() -> PatrolRefusals.notFound(id));
		scope.requireSee(user, patrol.stationCode(), id);
		boolean belongs = jdbc.sql("""
				select count(*) from patrol_finding where patrol_id = :id
				  and (before_sha256 = :sha or after_sha256 = :sha)""")
			.param("id", id)
			.param("sha", sha256)
			.query(Integer.class)
			.single() > 0;
		return belongs ? photos.file(sha256) : Optional.empty();
	}

	Optional<Patrol> find(long id) {
		return jdbc.sql("select * from patrol where id = :id").param("id", id).query(Patrols::patrol).optional();
	}

	List<GridPassed> gridsPassed(long id) {
		return jdbc.sql("select * from patrol_grid where patrol_id = :id order by first_at")
			.param("id", id)
			.query((rs, n) -> {
				String code = rs.getString("grid_code");
				Optional<TerritoryUnit> unit = territory.grid(code);
				return new GridPassed(code, unit.map(TerritoryUnit::nameZh).orElse(code),
						unit.map(TerritoryUnit::nameEn).orElse(code), rs.getTimestamp("first_at").toInstant(),
						rs.getTimestamp("last_at").toInstant(), rs.getInt("points"));
			})
			.list();
	}

	List<Finding> findings(long id) {
		return jdbc.sql("select * from patrol_finding where patrol_id = :id order by at, id")
			.param("id", id)
			.query(Patrols::finding)
			.list();
	}

	private Optional<Finding> finding(long findingId) {
		return jdbc.sql("select * from patrol_finding where id = :id").param("id", findingId).query(Patrols::finding)
			.optional();
	}

	private Optional<Finding> findingByKey(long patrolId, String key) {
		return jdbc.sql("select * from patrol_finding where patrol_id = :id and client_key = :key")
			.param("id", patrolId)
			.param("key", key)
			.query(Patrols::finding)
			.optional();
	}

	private Patrol readForWriting(long id, CurrentUser user) {
		Patrol patrol = find(id).orElseThrow(() -> PatrolRefusals.notFound(id));
		scope.requireSee(user, patrol.stationCode(), id);
		if (!patrol.username().equals(user.username())) {
			throw PatrolRefusals.notYours(id);
		}
		return patrol;
	}

	/** Takes the patrol's row lock, so two batches of one patrol are stored one after the other. */
	private Patrol lockForWriting(long id, CurrentUser user) {
		Patrol patrol = readForWriting(id, user);
		jdbc.sql("select id from patrol where id = :id for update").param("id", id).query(Long.class).single();
		return find(id).orElseThrow();
	}

	private static Patrol patrol(ResultSet rs, int row) throws SQLException {
		return new Patrol(rs.getLong("id"), rs.getString("station_code"), rs.getString("username"),
				rs.getString("officer_code"), rs.getString("officer_name"), rs.getString("companions"),
				instant(rs.getTimestamp("shift_start")), instant(rs.getTimestamp("shift_end")),
				rs.getTimestamp("started_at").toInstant(), instant(rs.getTimestamp("ended_at")), rs.getInt("point_count"),
				rs.getDouble("distance_metres"), rs.getString("track"));
	}

	private static Finding finding(ResultSet rs, int row) throws SQLException {
		return new Finding(rs.getLong("id"), rs.getLong("patrol_id"), FindingKind.valueOf(rs.getString("kind")),
				rs.getTimestamp("at").toInstant(), rs.getDouble("lat"), rs.getDouble("lng"), rs.getString("grid_code"),
				rs.getString("category_code"), rs.getString("description"), rs.getString("address"),
				rs.getString("case_number"), rs.getString("before_sha256"), rs.getString("after_sha256"),
				rs.getString("recorded_by"));
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable String trimmed(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
