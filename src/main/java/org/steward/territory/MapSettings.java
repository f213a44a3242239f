package org.steward.territory;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The base map every map page draws, read once from {@code steward.map.*}. The page layout puts
 * {@link #json()} into a {@code <meta name="steward-map">} (CSP forbids inline scripts), and
 * {@code steward-map.js} builds each Leaflet map from it.
 */
@Component
public class MapSettings {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BaseMap baseMap;

	private final String json;

	MapSettings(MapProperties settings) {
		this.baseMap = BaseMap.of(settings);
		this.json = JSON.writeValueAsString(baseMap);
	}

	public BaseMap baseMap() {
		return baseMap;
	}

	/** The base map as JSON, for the pages' {@code <meta name="steward-map">}. */
	public String json() {
		return json;
	}
}
