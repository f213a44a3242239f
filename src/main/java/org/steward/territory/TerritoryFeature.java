package org.steward.territory;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a territory file whose level and code are readable. Its geometry is null
 * when the file's geometry was rejected, so that the feature still counts as a known parent
 * and its children are not reported for a problem that is not theirs.
 *
 * @param index position in the file's {@code features} array
 * @param parentCode the parent the file names, or the one the code implies
 */
record TerritoryFeature(int index, TerritoryLevel level, String code, String nameZh, String nameEn,
		@Nullable String parentCode, @Nullable Geometry geometry, boolean demo) {
}
