package org.steward.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.cases.Channel;
import org.steward.catalog.Catalog;
import org.steward.evidence.Photos;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.intake.ReportSubmissions;
import org.steward.organization.Organization;
import org.steward.organization.Station;
import org.steward.refusal.Refusal;
import org.steward.territory.GeoPoint;
import org.steward.territory.Location;
import org.steward.territory.Locator;

/**
 * Checklists, points and rounds. A round stores one observation per active item of the point's checklist
 * and its score (得分率 = passed ÷ observations); then every failed item becomes a rectification case
 * through intake (routed like any other report; idempotent per round and item, so a retry opens none
 * twice), and the point's next round re-checks the items that failed.
 */
@Service
class Inspections {

	private static final Logger log = LoggerFactory.getLogger(Inspections.class);

	static final int MAX_NAME = 100;

	static final int MAX_NOTE = 500;

	static final int MAX_ITEM = 300;

	record Template(long id, String code, String nameZh, String nameEn, boolean active, List<Item> items) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}
	}

	record Item(long id, long templateId, int seq, String textZh, String textEn, String categoryCode, boolean active) {

		public String text(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? textEn : textZh;
		}
	}

	record Point(long id, String name, long templateId, @Nullable String communityCode, @Nullable String gridCode,
			@Nullable String stationCode, double lat, double lng) {
	}

	record Round(long id, long pointId, long templateId, String inspectedBy, Instant inspectedAt, int observations,
			int passed) {

		/** 得分率 in percent with one decimal. */
		public double score() {
			return observations == 0 ? 0 : Math.round(1000.0 * passed / observations) / 10.0;
		}
	}

	record Observation(long id, long roundId, long itemId, boolean passed, @Nullable String note,
			@Nullable String photoSha256, @Nullable String caseNumber, @Nullable Long rechecksId) {
	}

	/** One item's result as entered. */
	record ObservationInput(long itemId, @Nullable Boolean passed, @Nullable String note,
			List<Photos.Upload> photo) {
	}

	private final JdbcClient jdbc;

	private final Locator locator;

	private final Organization organization;

	private final Catalog catalog;

	private final ReportSubmissions reports;

	private final Photos photos;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Inspections(JdbcClient jdbc, Locator locator, Organization organization, Catalog catalog,
			ReportSubmissions reports, Photos photos, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.locator = locator;
		this.organization = organization;
		this.catalog = catalog;
		this.reports = reports;
		this.photos = photos;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	// ------------------------------------------------------------------ checklists (administrators)

	@Transactional(readOnly = true)
	List<Template> templates() {
		List<Item> items = jdbc.sql("select * from inspection_item order by template_id, seq, id").query(Inspections::item)
			.list();
		return jdbc.sql("select * from inspection_template order by id")
			.query((rs, n) -> new Template(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
					rs.getString("name_en"), rs.getBoolean("active"), List.of()))
			.list()
			.stream()
			.map(t -> new Template(t.id(), t.code(), t.nameZh(), t.nameEn(), t.active(),
					items.stream().filter(i -> i.templateId() == t.id()).toList()))
			.toList();
	}

	@Transactional(readOnly = true)
	Template template(long id) {
		return templates().stream().filter(t -> t.id() == id).findFirst()
			.orElseThrow(() -> InspectionRefusals.templateNotFound(id));
	}

	/** Adds an item at the end of a checklist. */
	@Transactional
	Item addItem(long templateId, @Nullable String textZh, @Nullable String textEn, @Nullable String categoryCode,
			CurrentUser user) {
		requireAdmin(user);
		Template template = template(templateId);
		checkItem(textZh, textEn, categoryCode);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into inspection_item (template_id, seq, text_zh, text_en, category_code)
				values (:t, :seq, :zh, :en, :cat)""")
			.param("t", templateId)
			.param("seq", template.items().stream().mapToInt(Item::seq).max().orElse(0) + 1)
			.param("zh", textZh.strip())
			.param("en", textEn.strip())
			.param("cat", categoryCode.strip())
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		audit(user, "checklist:" + template.code(), "ITEM_ADDED", null, "item=" + id + "; text=" + textZh.strip()
				+ "; category=" + categoryCode.strip(), List.of());
		return item(id);
	}

	/** Rewords an item, changes its category, or takes it off the checklist (inactive items stay in old rounds). */
	@Transactional
	Item editItem(long itemId, @Nullable String textZh, @Nullable String textEn, @Nullable String categoryCode,
			boolean active, CurrentUser user) {
		requireAdmin(user);
		Item before = item(itemId);
		checkItem(textZh, textEn, categoryCode);
		jdbc.sql("update inspection_item set text_zh = :zh, text_en = :en, category_code = :cat, active = :a where id = :id")
			.param("zh", textZh.strip())
			.param("en", textEn.strip())
			.param("cat", categoryCode.strip())
			.param("a", active)
			.param("id", itemId)
			.update();
		audit(user, "checklist-item:" + itemId, "ITEM_EDITED", null, "before=" + before.textZh() + "/"
				+ before.categoryCode() + "/" + before.active() + "; after=" + textZh.strip() + "/" + categoryCode.strip()
				+ "/" + active, List.of());
		return item(itemId);
	}

	private void checkItem(@Nullable String textZh, @Nullable String textEn, @Nullable String categoryCode) {
		List<Refusal.FieldError> bad = new ArrayList<>();
		if (textZh == null || textZh.isBlank() || textZh.strip().length() > MAX_ITEM) {
			bad.add(Refusal.FieldError.of("textZh", "inspection.refused.item.text", MAX_ITEM));
		}
		if (textEn == null || textEn.isBlank() || textEn.strip().length() > MAX_ITEM) {
			bad.add(Refusal.FieldError.of("textEn", "inspection.refused.item.text", MAX_ITEM));
		}
		if (categoryCode == null || catalog.current(categoryCode.strip()).isEmpty()) {
			bad.add(Refusal.FieldError.of("categoryCode", "inspection.refused.item.category", categoryCode));
		}
		Refusal.throwIfAny(bad);
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw Refusal.forbidden("inspection.refused.adminOnly");
		}
	}

	Item item(long id) {
		return jdbc.sql("select * from inspection_item where id = :id").param("id", id).query(Inspections::item)
			.optional()
			.orElseThrow(() -> InspectionRefusals.itemNotFound(id));
	}

	// ------------------------------------------------------------------ points

	/** Adds a point to inspect at a place in the service area, inspected with a checklist. */
	@Transactional
	Point addPoint(CurrentUser user, @Nullable String name, long templateId, @Nullable Double lat,
			@Nullable Double lng) {
		requireInspector(user);
		List<Refusal.FieldError> bad = new ArrayList<>();
		String trimmed = name == null ? null : name.strip();
		if (trimmed == null || trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			bad.add(Refusal.FieldError.of("name", "inspection.refused.point.name", MAX_NAME));
		}
		if (lat == null || lng == null) {
			bad.add(Refusal.FieldError.of("location", "inspection.refused.location.required"));
		}
		Refusal.throwIfAny(bad);
		template(templateId);
		Location location = locator.locate(new GeoPoint(lat, lng)).orElseThrow(InspectionRefusals::outsideServiceArea);
		String station = organization.stationForCommunity(location.community().code()).map(Station::code).orElse(null);
		if (station == null || !canSee(user, station, location.community().code())) {
			throw Refusal.forbidden("inspection.refused.outsideScope", trimmed);
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into inspection_point (name, template_id, community_code, grid_code, station_code, lat, lng)
				values (:name, :t, :community, :grid, :station, :lat, :lng)""")
			.param("name", trimmed)
			.param("t", templateId)
			.param("community", location.community().code())
			.param("grid", location.grid().code())
			.param("station", station)
			.param("lat", lat)
			.param("lng", lng)
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		audit(user, "inspection-point:" + id, "POINT_ADDED", lat + "," + lng, "name=" + trimmed + "; template="
				+ templateId + "; grid=" + location.grid().code(), List.of());
		return point(id, user);
	}

	@Transactional(readOnly = true)
	Point point(long id, CurrentUser user) {
		Point point = jdbc.sql("select * from inspection_point where id = :id").param("id", id).query(Inspections::point)
			.optional()
			.orElseThrow(() -> InspectionRefusals.pointNotFound(id));
		if (point.stationCode() == null || !canSee(user, point.stationCode(), point.communityCode())) {
			throw InspectionRefusals.pointNotFound(id);
		}
		return point;
	}

	@Transactional(readOnly = true)
	List<Point> points(CurrentUser user) {
		return jdbc.sql("select * from inspection_point where active = true order by community_code, name")
			.query(Inspections::point)
			.list()
			.stream()
			.filter(p -> p.stationCode() != null && canSee(user, p.stationCode(), p.communityCode()))
			.toList();
	}

	// ------------------------------------------------------------------ rounds

	/**
	 * Records a round at a point: one observation per active item (each must say pass or fail), then a
	 * rectification case for every failed item. A resent form (same key) answers the first round.
	 */
	Round recordRound(long pointId, CurrentUser user, List<ObservationInput> inputs, @Nullable String clientKey) {
		requireInspector(user);
		Point point = point(pointId, user);
		String key = clientKey == null || clientKey.isBlank() ? null : clientKey.strip();
		if (key != null) {
			if (key.length() > 64) {
				throw Refusal.invalid("clientKey", "inspection.refused.clientKey", 64);
			}
			Optional<Long> earlier = jdbc.sql("select id from inspection_round where client_key = :k").param("k", key)
				.query(Long.class)
				.optional();
			if (earlier.isPresent()) {
				return round(earlier.get(), user);
			}
		}
		Template template = template(point.templateId());
		List<Item> items = template.items().stream().filter(Item::active).toList();
		Map<Long, ObservationInput> byItem = new HashMap<>();
		inputs.forEach(i -> byItem.put(i.itemId(), i));
		List<Refusal.FieldError> bad = new ArrayList<>();
		for (Item item : items) {
			ObservationInput input = byItem.get(item.id());
			if (input == null || input.passed() == null) {
				bad.add(Refusal.FieldError.of("item." + item.id(), "inspection.refused.observation.required", item.seq()));
			}
			else if (input.note() != null && input.note().strip().length() > MAX_NOTE) {
				bad.add(Refusal.FieldError.of("note." + item.id(), "inspection.refused.observation.note", MAX_NOTE));
			}
		}
		Refusal.throwIfAny(bad);
		Round round = transaction.execute(status -> insertRound(point, template, items, byItem, user, key));
		openCases(round, point, user);
		return round(round.id(), user);
	}

	private Round insertRound(Point point, Template template, List<Item> items, Map<Long, ObservationInput> byItem,
			CurrentUser user, @Nullable String key) {
		Instant now = clock.instant();
		int passed = (int) items.stream().filter(i -> Boolean.TRUE.equals(byItem.get(i.id()).passed())).count();
		GeneratedKeyHolder holder = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into inspection_round (point_id, template_id, inspected_by, username, inspected_at, observations,
				  passed, client_key)
				values (:p, :t, :by, :u, :at, :n, :passed, :key)""")
			.param("p", point.id())
			.param("t", template.id())
			.param("by", user.displayName())
			.param("u", user.username())
			.param("at", Timestamp.from(now))
			.param("n", items.size())
			.param("passed", passed)
			.param("key", key)
			.update(holder, "id");
		long roundId = holder.getKeyAs(Long.class);
		Map<Long, Long> failedBefore = failedInLastRound(point.id(), roundId);
		List<String> hashes = new ArrayList<>();
		for (Item item : items) {
			ObservationInput input = byItem.get(item.id());
			String sha = null;
			if (!input.photo().isEmpty()) {
				try {
					sha = photos.keep("inspection-round:" + roundId, input.photo()).get(0).sha256();
				}
				catch (Refusal refused) {
					throw Refusal.invalid(refused.fields().stream()
						.map(f -> Refusal.FieldError.of("photo." + item.id(), f.code(), f.arguments().toArray()))
						.toList());
				}
				hashes.add(sha);
			}
			String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
			jdbc.sql("""
					insert into inspection_observation (round_id, item_id, passed, note, photo_sha256, rechecks_id)
					values (:r, :i, :p, :note, :sha, :re)""")
				.param("r", roundId)
				.param("i", item.id())
				.param("p", input.passed())
				.param("note", note)
				.param("sha", sha)
				.param("re", failedBefore.get(item.id()))
				.update();
		}
		Round round = new Round(roundId, point.id(), template.id(), user.displayName(), now, items.size(), passed);
		audit(user, "inspection-round:" + roundId, "ROUND_RECORDED", point.lat() + "," + point.lng(),
				"point=" + point.id() + "; template=" + template.code() + "; observations=" + items.size() + "; passed="
						+ passed + "; score=" + round.score() + "; rechecked=" + failedBefore.size(),
				hashes);
		return round;
	}

	/** The items that failed in the point's previous round, with their observation ids. */
	private Map<Long, Long> failedInLastRound(long pointId, long thisRound) {
		Optional<Long> last = jdbc.sql("""
				select id from inspection_round where point_id = :p and id <> :r order by inspected_at desc, id desc
				fetch first 1 rows only""")
			.param("p", pointId)
			.param("r", thisRound)
			.query(Long.class)
			.optional();
		Map<Long, Long> failed = new HashMap<>();
		last.ifPresent(roundId -> jdbc.sql("select id, item_id from inspection_observation where round_id = :r and passed = false")
			.param("r", roundId)
			.query((rs, n) -> failed.put(rs.getLong("item_id"), rs.getLong("id")))
			.list());
		return failed;
	}

	/** A rectification case per failed item, through intake like any report. */
	private void openCases(Round round, Point point, CurrentUser user) {
		Map<Long, Item> items = new HashMap<>();
		template(round.templateId()).items().forEach(i -> items.put(i.id(), i));
		for (Observation o : observations(round.id())) {
			if (o.passed() || o.caseNumber() != null) {
				continue;
			}
			Item item = items.get(o.itemId());
			String description = "【文明城市实地巡检 #" + round.id() + "】" + point.name() + "：" + item.textZh() + " — 不合格"
					+ (o.rechecksId() == null ? "" : "（复查仍不合格）") + (o.note() == null ? "" : "。" + o.note());
			try {
				ReportSubmissions.Submitted submitted = reports.submit(new ReportSubmissions.Submission(Channel.PATROL,
						user.username(), item.categoryCode(), description.length() > 2000 ? description.substring(0, 2000)
								: description,
						point.lat(), point.lng(), point.name(), null, null, null, null,
						"inspection:" + round.id() + ":" + item.id()));
				jdbc.sql("update inspection_observation set case_number = :c where id = :id")
					.param("c", submitted.caseNumber().value())
					.param("id", o.id())
					.update();
				audit(user, "inspection-round:" + round.id(), "ITEM_TO_CASE", point.lat() + "," + point.lng(),
						"item=" + item.id() + "; category=" + item.categoryCode() + "; case=" + submitted.caseNumber().value(),
						List.of());
			}
			catch (Refusal refused) {
				// the round stands; the item shows without a case and is re-checked next round
				log.warn("Inspection round {}: no case for failed item {}: {}", round.id(), item.id(), refused.getMessage());
			}
		}
	}

	@Transactional(readOnly = true)
	Round round(long id, CurrentUser user) {
		Round round = jdbc.sql("select * from inspection_round where id = :id").param("id", id).query(Inspections::round)
			.optional()
			.orElseThrow(() -> InspectionRefusals.roundNotFound(id));
		point(round.pointId(), user); // scope
		return round;
	}

	List<Observation> observations(long roundId) {
		return jdbc.sql("select * from inspection_observation where round_id = :r order by id")
			.param("r", roundId)
			.query((rs, n) -> {
				long re = rs.getLong("rechecks_id");
				Long rechecks = rs.wasNull() ? null : re;
				return new Observation(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("item_id"),
						rs.getBoolean("passed"), rs.getString("note"), rs.getString("photo_sha256"),
						rs.getString("case_number"), rechecks);
			})
			.list();
	}

	/** The rounds of a point, newest first: its score trend. */
	@Transactional(readOnly = true)
	List<Round> rounds(long pointId, CurrentUser user) {
		point(pointId, user);
		return jdbc.sql("select * from inspection_round where point_id = :p order by inspected_at desc, id desc")
			.param("p", pointId)
			.query(Inspections::round)
			.list();
	}

	/** The items that failed in the point's last round: the next round re-checks them. */
	@Transactional(readOnly = true)
	List<Long> toRecheck(long pointId, CurrentUser user) {
		List<Round> rounds = rounds(pointId, user);
		if (rounds.isEmpty()) {
			return List.of();
		}
		return observations(rounds.get(0).id()).stream().filter(o -> !o.passed()).map(Observation::itemId).toList();
	}

	/** A community's score per week: Σ passed ÷ Σ observations of its rounds, oldest week first. */
	record Trend(String communityCode, Instant weekOf, int rounds, int observations, int passed) {

		public double score() {
			return observations == 0 ? 0 : Math.round(1000.0 * passed / observations) / 10.0;
		}
	}

	@Transactional(readOnly = true)
	List<Trend> communityTrends(CurrentUser user, java.time.ZoneId zone) {
		Map<String, Trend> trends = new LinkedHashMap<>();
		for (Point p : points(user)) {
			for (Round r : jdbc.sql("select * from inspection_round where point_id = :p order by inspected_at")
				.param("p", p.id())
				.query(Inspections::round)
				.list()) {
				Instant week = r.inspectedAt()
					.atZone(zone)
					.toLocalDate()
					.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
					.atStartOfDay(zone)
					.toInstant();
				String key = p.communityCode() + "|" + week;
				Trend t = trends.get(key);
				trends.put(key, t == null ? new Trend(p.communityCode(), week, 1, r.observations(), r.passed())
						: new Trend(t.communityCode(), week, t.rounds() + 1, t.observations() + r.observations(),
								t.passed() + r.passed()));
			}
		}
		return trends.values().stream()
			.sorted(java.util.Comparator.comparing(Trend::communityCode).thenComparing(Trend::weekOf))
			.toList();
	}

	// ------------------------------------------------------------------ scope

	private static void requireInspector(CurrentUser user) {
		if (!(user.has(Role.OFFICER) || user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER)
				|| user.has(Role.COMMAND_CENTRE))) {
			throw InspectionRefusals.mayNotInspect();
		}
	}

	private boolean canSee(CurrentUser user, String stationCode, @Nullable String communityCode) {
		Optional<DataScope.Jurisdiction> j = organization.jurisdictionOf(stationCode);
		if (j.isEmpty()) {
			return false;
		}
		return user.canSee(j.get()) || (communityCode != null && user.canSee(new DataScope.Jurisdiction(
				j.get().districtCode(), j.get().squadCode(), stationCode, communityCode, j.get().departmentCodes())));
	}

	private void audit(CurrentUser user, String subject, String action, @Nullable String place, String details,
			List<String> hashes) {
		events.publishEvent(new InspectionRecorded(clock.instant(), user.displayName(), subject, action, place,
				details.length() > 3900 ? details.substring(0, 3900) : details, hashes));
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getLong("id"), rs.getLong("template_id"), rs.getInt("seq"), rs.getString("text_zh"),
				rs.getString("text_en"), rs.getString("category_code"), rs.getBoolean("active"));
	}

	private static Point point(ResultSet rs, int row) throws SQLException {
		return new Point(rs.getLong("id"), rs.getString("name"), rs.getLong("template_id"),
				rs.getString("community_code"), rs.getString("grid_code"), rs.getString("station_code"),
				rs.getDouble("lat"), rs.getDouble("lng"));
	}

	private static Round round(ResultSet rs, int row) throws SQLException {
		return new Round(rs.getLong("id"), rs.getLong("point_id"), rs.getLong("template_id"),
				rs.getString("inspected_by"), rs.getTimestamp("inspected_at").toInstant(), rs.getInt("observations"),
				rs.getInt("passed"));
	}
}
