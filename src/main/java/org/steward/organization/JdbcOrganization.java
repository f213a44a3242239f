package org.steward.organization;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.DataScope;
import org.steward.territory.GeoPoint;

@Component
@Transactional(readOnly = true)
class JdbcOrganization implements Organization {

	private static final String STATION_COLUMNS = """
			select code, name_zh, name_en, squad_code, phone, address, lat, lng, head_officer_code from station""";

	private static final String SQUAD_COLUMNS = """
			select code, name_zh, name_en, brigade_code, phone, address, leader_name, leader_phone, leader_username
			from squad""";

	private static final String OFFICER_COLUMNS = "select code, name, phone, station_code, username, active from officer";

	private final JdbcClient jdbc;

	private final OrganizationCache cache;

	JdbcOrganization(JdbcClient jdbc, OrganizationCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	// cached: a hit needs no connection, so outside a transaction (a board row rendered on a lane
	// thread) it must not begin one and wait for the pool behind the intake's requests
	@Transactional(propagation = Propagation.SUPPORTS)
	@Override
	public Optional<GridResponsibility> responsibilityFor(String gridCode) {
		return cache.responsibility(gridCode, this::readResponsibility);
	}

	private Optional<GridResponsibility> readResponsibility(String gridCode) {
		return jdbc.sql("""
				select r.grid_code, s.code as s_code, s.name_zh, s.name_en, s.squad_code, o.code as o_code, o.name
				from grid_responsibility r
				join station s on s.code = r.station_code
				join officer o on o.code = r.officer_code
				where r.grid_code = :grid""")
			.param("grid", gridCode)
			.query((rs, n) -> new GridResponsibility(rs.getString("grid_code"),
					new GridResponsibility.StationRef(rs.getString("s_code"), rs.getString("name_zh"),
							rs.getString("name_en"), rs.getString("squad_code")),
					new GridResponsibility.OfficerRef(rs.getString("o_code"), rs.getString("name"))))
			.optional();
	}

	/** Every grid a station answers for, with its officer, by grid code. */
	List<GridResponsibility> responsibilitiesOf(String stationCode) {
		return jdbc.sql("select grid_code from grid_responsibility where station_code = :station order by grid_code")
			.param("station", stationCode)
			.query(String.class)
			.list()
			.stream()
			.flatMap(grid -> responsibilityFor(grid).stream())
			.toList();
	}

	@Override
	public List<OfficerOnDuty> onDuty(String stationCode, Instant at) {
		return jdbc.sql("""
				select o.code, o.name, o.phone, s.station_code, s.starts_at, s.ends_at
				from duty_shift s join officer o on o.code = s.officer_code
				where s.station_code = :station and s.starts_at <= :at and s.ends_at > :at and o.active = true
				order by o.code, s.starts_at""")
			.param("station", stationCode)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query((rs, n) -> new OfficerOnDuty(rs.getString("code"), rs.getString("name"), rs.getString("phone"),
					rs.getString("station_code"), instant(rs, "starts_at"), instant(rs, "ends_at")))
			.list()
			.stream()
			.distinct()
			.toList();
	}

	@Override
	public Optional<Station> station(String code) {
		return jdbc.sql(STATION_COLUMNS + " where code = :code")
			.param("code", code)
			.query((rs, n) -> station(rs, communitiesOf(code)))
			.optional();
	}

	@Override
	public Optional<Station> stationForCommunity(String communityCode) {
		return jdbc.sql("select station_code from station_community where community_code = :community")
			.param("community", communityCode)
			.query(String.class)
			.optional()
			.flatMap(this::station);
	}

	// cached: a hit needs no connection, so outside a transaction (a board row rendered on a lane
	// thread) it must not begin one and wait for the pool behind the intake's requests
	@Transactional(propagation = Propagation.SUPPORTS)
	@Override
	public List<Station> stations() {
		return cache.stations(this::readStations);
	}

	private List<Station> readStations() {
		Map<String, List<String>> communities = new LinkedHashMap<>();
		jdbc.sql("select station_code, community_code from station_community order by community_code")
			.query((rs, n) -> communities.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return jdbc.sql(STATION_COLUMNS + " order by squad_code, sort_order, code")
			.query((rs, n) -> station(rs, communities.getOrDefault(rs.getString("code"), List.of())))
			.list()
			.stream()
			.toList();
	}

	@Override
	public List<Squad> squads() {
		return jdbc.sql(SQUAD_COLUMNS + " order by sort_order, code")
			.query(Squad.class)
			.list();
	}

	@Override
	public List<String> squadsOfDistrict(String districtCode) {
		return jdbc.sql("""
				select q.code from squad q join brigade b on b.code = q.brigade_code
				where b.district_code = :district order by q.code""")
			.param("district", districtCode)
			.query(String.class)
			.list();
	}

	@Override
	public List<String> districts() {
		return jdbc.sql("select distinct district_code from brigade order by district_code").query(String.class).list();
	}

	@Override
	public Optional<Squad> squadOf(String stationCode) {
		return jdbc.sql("""
				select q.code, q.name_zh, q.name_en, q.brigade_code, q.phone, q.address,
				       q.leader_name, q.leader_phone, q.leader_username
				from squad q join station s on s.squad_code = q.code where s.code = :station""")
			.param("station", stationCode)
			.query(Squad.class)
			.optional();
	}

	@Override
	public List<Officer> officersOf(String stationCode) {
		return jdbc.sql(OFFICER_COLUMNS + " where station_code = :station order by code")
			.param("station", stationCode)
			.query(Officer.class)
			.list();
	}

	@Override
	public Optional<Officer> officer(String code) {
		return jdbc.sql(OFFICER_COLUMNS + " where code = :code").param("code", code).query(Officer.class).optional();
	}

	@Override
	public Optional<Officer> officerByUsername(String username) {
		return jdbc.sql(OFFICER_COLUMNS + " where username = :username")
			.param("username", username)
			.query(Officer.class)
			.optional();
	}

	// cached: a hit needs no connection, so outside a transaction (a board row rendered on a lane
	// thread) it must not begin one and wait for the pool behind the intake's requests
	@Transactional(propagation = Propagation.SUPPORTS)
	@Override
	public Optional<DataScope.Jurisdiction> jurisdictionOf(String stationCode) {
		return cache.jurisdiction(stationCode, this::readJurisdiction);
	}

	private Optional<DataScope.Jurisdiction> readJurisdiction(String stationCode) {
		List<String> communities = communitiesOf(stationCode);
		return jdbc.sql("""
				select b.district_code, q.code from station s
				join squad q on q.code = s.squad_code join brigade b on b.code = q.brigade_code
				where s.code = :station""")
			.param("station", stationCode)
			.query((rs, n) -> new DataScope.Jurisdiction(rs.getString(1), rs.getString(2), stationCode,
					communities.isEmpty() ? null : communities.getFirst(), Set.of()))
			.optional();
	}

	List<String> communitiesOf(String stationCode) {
		return jdbc.sql("select community_code from station_community where station_code = :station order by community_code")
			.param("station", stationCode)
			.query(String.class)
			.list();
	}

	private static Station station(ResultSet rs, List<String> communities) throws SQLException {
		return new Station(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				rs.getString("squad_code"), rs.getString("phone"), rs.getString("address"), communities,
				point(rs.getBigDecimal("lat"), rs.getBigDecimal("lng")), rs.getString("head_officer_code"));
	}

	private static @Nullable GeoPoint point(@Nullable BigDecimal lat, @Nullable BigDecimal lng) {
		return lat == null || lng == null ? null : new GeoPoint(lat.doubleValue(), lng.doubleValue());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
