package org.steward.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored territory units, polygons included. */
@Repository
class TerritoryStore {

	private static final String COLUMNS = "code, unit_level, name_zh, name_en, parent_code, geometry_wkt, demo";

	private final JdbcClient jdbc;

	TerritoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every unit by code, for import checks and the locator. */
	Map<String, StoredUnit> all() {
		Map<String, StoredUnit> units = new LinkedHashMap<>();
		jdbc.sql("select " + COLUMNS + " from territory_unit order by code")
			.query(TerritoryStore::map)
			.list()
			.forEach(u -> units.put(u.code(), u));
		return units;
	}

	List<StoredUnit> byLevel(TerritoryLevel level) {
		return jdbc.sql("select " + COLUMNS + " from territory_unit where unit_level = :level order by code")
			.param("level", level.name())
			.query(TerritoryStore::map)
			.list();
	}

	List<StoredUnit> children(String parentCode, TerritoryLevel level) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from territory_unit where parent_code = :parent and unit_level = :level order by code")
			.param("parent", parentCode)
			.param("level", level.name())
			.query(TerritoryStore::map)
			.list();
	}

	void insert(TerritoryFeature f, String wkt, Instant now) {
		jdbc.sql("""
				insert into territory_unit (code, unit_level, name_zh, name_en, parent_code, geometry_wkt, demo, updated_at)
				values (:code, :level, :nameZh, :nameEn, :parent, :wkt, :demo, :now)""")
			.param("code", f.code())
			.param("level", f.level().name())
			.param("nameZh", f.nameZh())
			.param("nameEn", f.nameEn())
			.param("parent", f.parentCode())
			.param("wkt", wkt)
			.param("demo", f.demo())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	void update(TerritoryFeature f, String wkt, Instant now) {
		jdbc.sql("""
				update territory_unit set unit_level = :level, name_zh = :nameZh, name_en = :nameEn,
				    parent_code = :parent, geometry_wkt = :wkt, demo = :demo, updated_at = :now
				where code = :code""")
			.param("code", f.code())
			.param("level", f.level().name())
			.param("nameZh", f.nameZh())
			.param("nameEn", f.nameEn())
			.param("parent", f.parentCode())
			.param("wkt", wkt)
			.param("demo", f.demo())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	/** Changes whenever a unit is added or changed (units are never deleted). */
	record Fingerprint(long units, @org.jspecify.annotations.Nullable OffsetDateTime lastChange) {

		static final Fingerprint NONE = new Fingerprint(-1, null);
	}

	Fingerprint fingerprint() {
		return jdbc.sql("select count(*) as units, max(updated_at) as last_change from territory_unit")
			.query((rs, n) -> new Fingerprint(rs.getLong("units"), rs.getObject("last_change", OffsetDateTime.class)))
			.single();
	}

	/** Per district: how many streets, communities, grids and compounds lie beneath it. */
	List<DistrictCounts> countsByDistrict() {
		return jdbc.sql("""
				select d.code, d.name_zh, d.name_en,
				  (select count(*) from territory_unit u where u.unit_level = 'STREET' and u.code like d.code || '%') as streets,
				  (select count(*) from territory_unit u where u.unit_level = 'COMMUNITY' and u.code like d.code || '%') as communities,
				  (select count(*) from territory_unit u where u.unit_level = 'GRID' and u.code like d.code || '%') as grids,
				  (select count(*) from territory_unit c join territory_unit p on p.code = c.parent_code
				     where c.unit_level = 'COMPOUND' and p.code like d.code || '%') as compounds
				from territory_unit d where d.unit_level = 'DISTRICT' order by d.code""")
			.query((rs, n) -> new DistrictCounts(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getInt("streets"), rs.getInt("communities"), rs.getInt("grids"), rs.getInt("compounds")))
			.list();
	}

	/** One row of the admin page's table. */
	record DistrictCounts(String code, String nameZh, String nameEn, int streets, int communities, int grids,
			int compounds) {
	}

	static String wkt(Geometry geometry) {
		return new WKTWriter().write(geometry);
	}

	private static StoredUnit map(ResultSet rs, int row) throws SQLException {
		String wkt = rs.getString("geometry_wkt");
		Geometry geometry;
		try {
			geometry = new WKTReader(GeoJsonTerritoryParser.WGS84).read(wkt);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored polygon of " + rs.getString("code") + " is not WKT", ex);
		}
		return new StoredUnit(TerritoryLevel.valueOf(rs.getString("unit_level")), rs.getString("code"),
				rs.getString("name_zh"), rs.getString("name_en"), rs.getString("parent_code"), geometry, wkt,
				rs.getBoolean("demo"));
	}
}
