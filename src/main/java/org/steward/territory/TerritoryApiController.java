package org.steward.territory;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.refusal.Refusal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.node.ObjectNode;

/**
 * Public reads of the territory: the hierarchy as lists, and polygons as GeoJSON for maps.
 * Locating a point is served by the organisation module, which adds the responsible station.
 */
@RestController
@RequestMapping("/api/v1/territory")
@Tag(name = "Territory", description = "Districts, streets, communities, unit grids and their boundaries (WGS-84)")
class TerritoryApiController {

	static final String GEO_JSON = "application/geo+json";

	private final Territory territory;
	private final TerritoryStore store;

	private final MapFeatures mapFeatures;

	TerritoryApiController(Territory territory, TerritoryStore store, MapFeatures mapFeatures) {
		this.territory = territory;
		this.store = store;
		this.mapFeatures = mapFeatures;
	}

	@GetMapping("/districts")
	List<TerritoryUnit> districts() {
		return territory.districts();
	}

	@GetMapping("/streets")
	List<TerritoryUnit> streets(@RequestParam String district) {
		return territory.streetsOf(district);
	}

	@GetMapping("/communities")
	List<TerritoryUnit> communities(@RequestParam String street) {
		return territory.communitiesOf(street);
	}

	@GetMapping("/compounds")
	@Operation(summary = "Residential compounds directly under a grid or community")
	List<TerritoryUnit> compounds(@RequestParam String parent) {
		return territory.compoundsOf(parent);
	}

	@GetMapping(path = "/grids", produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The unit grids of a community as a GeoJSON FeatureCollection")
	ObjectNode grids(@RequestParam String community) {
		return TerritoryGeoJson.featureCollection(store.children(community, TerritoryLevel.GRID));
	}

	@GetMapping(path = "/boundaries", produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Every boundary of one level (district, street, community, grid or compound) as GeoJSON")
	ObjectNode boundaries(@RequestParam String level) {
		TerritoryLevel parsed = TerritoryLevel.fromKey(level).orElseThrow(
				() -> Refusal.invalid("level", "territory.refused.unknownLevel", level));
		return TerritoryGeoJson.featureCollection(store.byLevel(parsed));
	}

	@GetMapping(path = "/basemap", produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Our own vector base map: streets (lines), areas (polygons) and landmarks (points) with names, as GeoJSON")
	ObjectNode basemap() {
		return mapFeatures.geoJson();
	}
}
