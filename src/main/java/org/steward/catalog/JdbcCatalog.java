package org.steward.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

/**
 * The catalogue in its tables. Rules rows are only ever inserted: a version, once written, is
 * what some case was registered under.
 */
@Component
@Transactional(readOnly = true)
class JdbcCatalog implements Catalog {

	private static final String SELECT_RULES = """
			select r.id, r.category_code, r.version, r.valid_from, r.edited_by, r.name_zh, r.name_en, r.description,
			       r.active, r.lead_department, m.code as major_code, m.kind as major_kind,
			       m.name_zh as major_name_zh, m.name_en as major_name_en
			from category_rules r
			join category c on c.code = r.category_code
			join category_major_class m on m.code = c.major_code
			""";

	private final JdbcClient jdbc;

	private final CatalogCache cache;

	/**
	 * Complete rules versions read so far, by id. Rows of the catalogue are only ever inserted (an
	 * edit adds a version), so a version once read never changes; without this each report's
	 * {@code current} lookup ran three queries (header, co-departments, time limits), about a fifth
	 * of intake's samples in bench/run's profile. Which version is current is kept by
	 * {@link CatalogCache}, dropped on every node when the catalogue changes.
	 */
	private final Map<Long, CategoryRules> versions = new java.util.concurrent.ConcurrentHashMap<>();

	JdbcCatalog(JdbcClient jdbc, CatalogCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	// cached: a hit needs no connection, so outside a transaction it must not begin one and wait
	// for the pool behind the intake's requests
	@Transactional(propagation = Propagation.SUPPORTS)
	@Override
	public Optional<CategoryRules> current(String categoryCode) {
		return cache.current(categoryCode, this::readCurrent);
	}

	private Optional<CategoryRules> readCurrent(String categoryCode) {
		return jdbc.sql(SELECT_RULES + " where r.category_code = :code order by r.version desc limit 1")
			.param("code", categoryCode)
			.query(JdbcCatalog::header)
			.optional()
			.map(this::completeOne);
	}

	@Override
	public Optional<CategoryRules> version(CategoryRulesId id) {
		CategoryRules known = versions.get(id.value());
		if (known != null) {
			return Optional.of(known);
		}
		return jdbc.sql(SELECT_RULES + " where r.id = :id")
			.param("id", id.value())
			.query(JdbcCatalog::header)
			.optional()
			.map(this::completeOne);
	}

	private CategoryRules completeOne(Header header) {
		CategoryRules known = versions.get(header.id());
		if (known != null) {
			return known;
		}
		CategoryRules rules = complete(List.of(header)).getFirst();
		versions.put(header.id(), rules);
		return rules;
	}

	@Override
	public List<CategoryRules> allCurrent() {
		return complete(jdbc.sql(SELECT_RULES + """
				 where r.version = (select max(x.version) from category_rules x where x.category_code = r.category_code)
				 order by r.category_code""").query(JdbcCatalog::header).list());
	}

	// cached: a hit needs no connection, so outside a transaction it must not begin one and wait
	// for the pool behind the intake's requests
	@Transactional(propagation = Propagation.SUPPORTS)
	@Override
	public CategoryHandling handling(String categoryCode) {
		return cache.handling(categoryCode, this::readHandling);
	}

	private CategoryHandling readHandling(String categoryCode) {
		return jdbc.sql("""
				select emergency, offered_to_public, after_photo_required, before_photo_required from category_handling
				where category_code = :c""")
			.param("c", categoryCode)
			.query((rs, n) -> new CategoryHandling(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
			.optional()
			.orElse(CategoryHandling.USUAL);
	}

	@Override
	public Map<String, CategoryHandling> handlings() {
		Map<String, CategoryHandling> all = new java.util.TreeMap<>();
		jdbc.sql("""
				select category_code, emergency, offered_to_public, after_photo_required, before_photo_required
				from category_handling""")
			.query(rs -> {
				all.put(rs.getString(1),
						new CategoryHandling(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)));
			});
		return all;
	}

	/** Sets how a category is offered and handled; no version is made (a setting, not a rule of the case). */
	@Transactional
	void setHandling(String categoryCode, CategoryHandling handling, String by, java.time.Instant at) {
		cache.changed();
		int updated = jdbc.sql("""
				update category_handling set emergency = :e, offered_to_public = :p, after_photo_required = :a,
				    before_photo_required = :b, changed_by = :by, changed_at = :at where category_code = :c""")
			.param("e", handling.emergency())
			.param("p", handling.offeredToPublic())
			.param("a", handling.afterPhotoRequired())
			.param("b", handling.beforePhotoRequired())
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.param("c", categoryCode)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into category_handling (category_code, emergency, offered_to_public, after_photo_required,
					    before_photo_required, changed_by, changed_at) values (:c, :e, :p, :a, :b, :by, :at)""")
				.param("e", handling.emergency())
				.param("p", handling.offeredToPublic())
				.param("a", handling.afterPhotoRequired())
				.param("b", handling.beforePhotoRequired())
				.param("by", by)
				.param("at", java.sql.Timestamp.from(at))
				.param("c", categoryCode)
				.update();
		}
	}

	/** Every version of a category, newest first. */
	List<CategoryRules> history(String categoryCode) {
		return complete(jdbc.sql(SELECT_RULES + " where r.category_code = :code order by r.version desc")
			.param("code", categoryCode)
			.query(JdbcCatalog::header)
			.list());
	}

	@Override
	public List<MajorClass> majorClasses() {
		return jdbc.sql("select code, kind, name_zh, name_en from category_major_class order by code")
			.query((rs, n) -> new MajorClass(rs.getString("code"), CategoryKind.valueOf(rs.getString("kind")),
					rs.getString("name_zh"), rs.getString("name_en")))
			.list();
	}

	boolean majorClassExists(String majorCode) {
		return jdbc.sql("select count(*) from category_major_class where code = :code")
			.param("code", majorCode)
			.query(Integer.class)
			.single() > 0;
	}

	boolean categoryExists(String code) {
		return jdbc.sql("select count(*) from category where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional
	void insertCategory(String code, String majorCode, Instant at) {
		cache.changed();
		jdbc.sql("insert into category (code, major_code, created_at) values (:code, :major, :at)")
			.param("code", code)
			.param("major", majorCode)
			.param("at", utc(at))
			.update();
	}

	/**
	 * Writes a version of a category's rules. The unique (category, version) key turns two
	 * simultaneous edits of the same version into one success and one
	 * {@link org.springframework.dao.DuplicateKeyException}.
	 */
	@Transactional
	CategoryRulesId insertVersion(String code, int version, RulesContent content, String editedBy, Instant at) {
		cache.changed();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into category_rules (category_code, version, valid_from, edited_by, name_zh, name_en, description,
				                            active, lead_department)
				values (:code, :version, :at, :editedBy, :nameZh, :nameEn, :description, :active, :lead)""")
			.param("code", code)
			.param("version", version)
			.param("at", utc(at))
			.param("editedBy", editedBy)
			.param("nameZh", content.nameZh())
			.param("nameEn", content.nameEn())
			.param("description", content.description())
			.param("active", content.active())
			.param("lead", content.responsibility().leadDepartment())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		List<String> coDepartments = content.responsibility().coDepartments();
		for (int position = 0; position < coDepartments.size(); position++) {
			jdbc.sql("""
					insert into category_rules_co_department (rules_id, department_code, sort_order)
					values (:id, :co, :position)""")
				.param("id", id)
				.param("co", coDepartments.get(position))
				.param("position", position)
				.update();
		}
		content.timeLimits().forEach((urgency, limits) -> jdbc.sql("""
				insert into category_rules_time_limit (rules_id, urgency, acknowledge_amount, acknowledge_unit,
				                                       handle_amount, handle_unit)
				values (:id, :urgency, :ackAmount, :ackUnit, :handleAmount, :handleUnit)""")
			.param("id", id)
			.param("urgency", urgency.name())
			.param("ackAmount", limits.acknowledge().amount())
			.param("ackUnit", limits.acknowledge().unit().name())
			.param("handleAmount", limits.handle().amount())
			.param("handleUnit", limits.handle().unit().name())
			.update());
		return new CategoryRulesId(id);
	}

	/** A rules row without its co-departments and limits, which come from their own tables. */
	private record Header(long id, String code, int version, Instant validFrom, String editedBy, String nameZh,
			String nameEn, String description, boolean active, String lead, MajorClass majorClass) {
	}

	private static Header header(ResultSet rs, int rowNum) throws SQLException {
		return new Header(rs.getLong("id"), rs.getString("category_code"), rs.getInt("version"),
				rs.getObject("valid_from", OffsetDateTime.class).toInstant(), rs.getString("edited_by"),
				rs.getString("name_zh"), rs.getString("name_en"), rs.getString("description"), rs.getBoolean("active"),
				rs.getString("lead_department"),
				new MajorClass(rs.getString("major_code"), CategoryKind.valueOf(rs.getString("major_kind")),
						rs.getString("major_name_zh"), rs.getString("major_name_en")));
	}

	private List<CategoryRules> complete(List<Header> headers) {
		if (headers.isEmpty()) {
			return List.of();
		}
		List<Long> ids = headers.stream().map(Header::id).toList();
		Map<Long, List<String>> coDepartments = new HashMap<>();
		jdbc.sql("""
				select rules_id, department_code from category_rules_co_department
				where rules_id in (:ids) order by rules_id, sort_order""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				coDepartments.computeIfAbsent(rs.getLong("rules_id"), k -> new ArrayList<>())
					.add(rs.getString("department_code"));
			});
		Map<Long, Map<Urgency, ResponseLimits>> limits = new HashMap<>();
		jdbc.sql("""
				select rules_id, urgency, acknowledge_amount, acknowledge_unit, handle_amount, handle_unit
				from category_rules_time_limit where rules_id in (:ids)""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				limits.computeIfAbsent(rs.getLong("rules_id"), k -> new EnumMap<>(Urgency.class))
					.put(Urgency.valueOf(rs.getString("urgency")), new ResponseLimits(
							TimeLimit.of(rs.getInt("acknowledge_amount"), LimitUnit.valueOf(rs.getString("acknowledge_unit"))),
							TimeLimit.of(rs.getInt("handle_amount"), LimitUnit.valueOf(rs.getString("handle_unit")))));
			});
		return headers.stream()
			.map(h -> new CategoryRules(new CategoryRulesId(h.id()), h.code(), h.majorClass(), h.nameZh(), h.nameEn(),
					h.description(), h.active(), new Responsibility(h.lead(), coDepartments.getOrDefault(h.id(), List.of())),
					limits.getOrDefault(h.id(), Map.of()), h.version(), h.validFrom(), h.editedBy()))
			.toList();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
