package org.steward.territory;

/**
 * Where a point lies in the territory: its unit grid and the community, street and
 * district above it. Codes are kept as text (leading zeros matter).
 */
public record Location(Area grid, Area community, Area street, Area district) {

	/** One level of the territory: its code and its Chinese and English names. */
	public record Area(String code, String nameZh, String nameEn) {
	}
}
