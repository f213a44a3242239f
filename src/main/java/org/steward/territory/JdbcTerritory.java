package org.steward.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcTerritory implements Territory {

	private static final String SELECT = "select unit_level, code, name_zh, name_en, parent_code from territory_unit ";

	private final JdbcClient jdbc;

	JdbcTerritory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<TerritoryUnit> unit(String code) {
		return jdbc.sql(SELECT + "where code = :code").param("code", code).query(JdbcTerritory::map).optional();
	}

	@Override
	public Optional<Location> locationOfGrid(String gridCode) {
		Optional<TerritoryUnit> grid = grid(gridCode);
		Optional<TerritoryUnit> community = grid.flatMap(g -> parent(g, TerritoryLevel.COMMUNITY));
		Optional<TerritoryUnit> street = community.flatMap(c -> parent(c, TerritoryLevel.STREET));
		Optional<TerritoryUnit> district = street.flatMap(s -> parent(s, TerritoryLevel.DISTRICT));
		if (district.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Location(grid.get().area(), community.get().area(), street.get().area(),
				district.get().area()));
	}

	@Override
	public List<TerritoryUnit> districts() {
		return jdbc.sql(SELECT + "where unit_level = 'DISTRICT' order by code").query(JdbcTerritory::map).list();
	}

	@Override
	public List<TerritoryUnit> streetsOf(String districtCode) {
		return children(districtCode, TerritoryLevel.STREET);
	}

	@Override
	public List<TerritoryUnit> communitiesOf(String streetCode) {
		return children(streetCode, TerritoryLevel.COMMUNITY);
	}

	@Override
	public List<TerritoryUnit> gridsOf(String communityCode) {
		return children(communityCode, TerritoryLevel.GRID);
	}

	@Override
	public List<TerritoryUnit> compoundsOf(String parentCode) {
		return children(parentCode, TerritoryLevel.COMPOUND);
	}

	private Optional<TerritoryUnit> parent(TerritoryUnit child, TerritoryLevel level) {
		return child.parentCode() == null ? Optional.empty()
				: unit(child.parentCode()).filter(p -> p.level() == level);
	}

	private List<TerritoryUnit> children(String parentCode, TerritoryLevel level) {
		return jdbc.sql(SELECT + "where parent_code = :parent and unit_level = :level order by code")
			.param("parent", parentCode)
			.param("level", level.name())
			.query(JdbcTerritory::map)
			.list();
	}

	private static TerritoryUnit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new TerritoryUnit(TerritoryLevel.valueOf(rs.getString("unit_level")), rs.getString("code"),
				rs.getString("name_zh"), rs.getString("name_en"), rs.getString("parent_code"));
	}
}
