package org.steward.organization;

/**
 * Who answers for a unit grid: exactly one station and one officer of that station.
 */
public record GridResponsibility(String gridCode, StationRef station, OfficerRef officer) {

	/** The responsible station, with the squad that runs it. */
	public record StationRef(String code, String nameZh, String nameEn, String squadCode) {
	}

	/** The responsible officer. */
	public record OfficerRef(String code, String name) {
	}
}
