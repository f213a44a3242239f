package org.steward.territory;

import java.util.List;
import java.util.Optional;

/**
 * The territory module's query facade: districts, streets, communities, unit grids and
 * residential compounds by code and by parent. Reads the stored territory, so it sees an
 * import as soon as it is committed.
 */
public interface Territory {

	/** Any unit by its code. */
	Optional<TerritoryUnit> unit(String code);

	/** A unit grid by its 14- or 15-digit code. */
	default Optional<TerritoryUnit> grid(String code) {
		return unit(code).filter(u -> u.level() == TerritoryLevel.GRID);
	}

	/** A community by its 12-digit code. */
	default Optional<TerritoryUnit> community(String code) {
		return unit(code).filter(u -> u.level() == TerritoryLevel.COMMUNITY);
	}

	/** Whether a unit grid with this code exists. */
	default boolean gridExists(String code) {
		return grid(code).isPresent();
	}

	/** The code of the community a grid belongs to. */
	default Optional<String> communityOfGrid(String gridCode) {
		return grid(gridCode).map(TerritoryUnit::parentCode);
	}

	/** The grid with its community, street and district, as the locator would answer. */
	Optional<Location> locationOfGrid(String gridCode);

	List<TerritoryUnit> districts();

	List<TerritoryUnit> streetsOf(String districtCode);

	List<TerritoryUnit> communitiesOf(String streetCode);

	List<TerritoryUnit> gridsOf(String communityCode);

	/** Residential compounds directly under a grid or a community. */
	List<TerritoryUnit> compoundsOf(String parentCode);
}
