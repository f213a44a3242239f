package org.steward.territory;

import org.jspecify.annotations.Nullable;

/**
 * A named place the gazetteer knows, at one WGS-84 point: for a street the middle of its line, for an
 * area its interior point, for a crossing where the two streets meet. Public data only: a shop comes
 * with its name and address, never its owner or phone.
 *
 * @param kind {@code road}, {@code crossing}, {@code area}, {@code landmark}, {@code street} (subdistrict),
 *        {@code community}, {@code grid}, {@code compound}, {@code shop} or {@code organisation}
 * @param detail what tells two places of one name apart: a shop's address, a compound's community
 */
public record Place(String kind, String nameZh, String nameEn, @Nullable String detail, double lat, double lng) {

	public Place {
		GeoPoint.checkRange(lat, lng);
	}

	/** The name in the reader's language. */
	public String name(boolean english) {
		return english ? nameEn : nameZh;
	}
}
