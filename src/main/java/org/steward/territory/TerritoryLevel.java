package org.steward.territory;

import java.util.Locale;
import java.util.Optional;

/**
 * The levels of the territory, top down. Every unit but a district has a parent one level up,
 * except a residential compound, which may sit under a grid or directly under a community.
 */
public enum TerritoryLevel {

	DISTRICT,
	STREET,
	COMMUNITY,
	GRID,
	COMPOUND;

	/** The lower-case name used in GeoJSON properties and API parameters. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads {@code district|street|community|grid|compound}, case-insensitive. */
	public static Optional<TerritoryLevel> fromKey(String key) {
		for (TerritoryLevel level : values()) {
			if (level.name().equalsIgnoreCase(key.trim())) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}
}
