package org.steward.territory;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/** A unit as it is stored, with its polygon (WGS-84) and the WKT text it is stored as. */
record StoredUnit(TerritoryLevel level, String code, String nameZh, String nameEn, @Nullable String parentCode,
		Geometry geometry, String wkt, boolean demo) {

	TerritoryUnit toUnit() {
		return new TerritoryUnit(level, code, nameZh, nameEn, parentCode);
	}
}
