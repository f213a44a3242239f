package org.steward.territory;

import org.jspecify.annotations.Nullable;

/**
 * One district, street, community, grid or compound as other modules see it: its code (text;
 * leading zeros matter), names and the code of the unit it belongs to (none for a district).
 */
public record TerritoryUnit(TerritoryLevel level, String code, String nameZh, String nameEn,
		@Nullable String parentCode) {

	/** The unit as one level of a {@link Location}. */
	public Location.Area area() {
		return new Location.Area(code, nameZh, nameEn);
	}
}
