package org.steward;

import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings every module reads ({@code steward.*}): the district's time zone and the map pages'
 * tile layer. A module's own settings are a record beside it under its own prefix
 * ({@code steward.cases.*}, {@code steward.security.*}, …).
 *
 * @param zone time zone of the district: working hours, calendar days and shown times are read in it
 * @param map the tile layer of the map pages
 */
@ConfigurationProperties("steward")
@Validated
public record StewardProperties(@DefaultValue("Asia/Shanghai") @NotNull ZoneId zone, @DefaultValue @Valid MapTiles map) {

	/**
	 * A tile layer for Leaflet (OpenStreetMap, Tianditu, …); both empty draw our own GeoJSON on a
	 * blank background. Set with {@code STEWARD_MAP_TILE_URL} and {@code STEWARD_MAP_TILE_ATTRIBUTION}.
	 *
	 * @param tileUrl Leaflet URL template of the tiles, e.g. {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}
	 * @param tileAttribution the attribution the tile provider requires, shown in the map's corner
	 */
	public record MapTiles(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {
	}
}
