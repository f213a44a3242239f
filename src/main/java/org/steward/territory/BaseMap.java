package org.steward.territory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The base map as the browser draws it: the Leaflet CRS the map must use and the tile layers, bottom
 * first. {@code crs} is {@code EPSG3857} (Web Mercator), {@code EPSG4326} (Tianditu's CGCS2000
 * longitude/latitude matrix) or {@code GCJ02} (Web Mercator of GCJ-02 positions: AMap's tiles, whose
 * streets sit a few hundred metres off WGS-84; {@code steward-map.js} converts every point, so markers,
 * clicks and our GeoJSON stay WGS-84). No tile layers means our own vector layer is the map.
 *
 * @param provider the provider's key ({@code none}, {@code tianditu}, {@code amap}, {@code osm}, {@code custom})
 * @param crs the Leaflet CRS
 * @param layers tile layers, bottom first
 */
public record BaseMap(String provider, String crs, List<TileLayer> layers) {

	public BaseMap {
		layers = List.copyOf(layers);
	}

	/**
	 * One Leaflet tile layer.
	 *
	 * @param url URL template
	 * @param subdomains what {@code {s}} takes ({@code ""} when the template has none)
	 * @param attribution the provider's required attribution
	 * @param maxZoom deepest Leaflet zoom
	 * @param zoomOffset added to Leaflet's zoom in {@code {z}} (Tianditu's {@code c} matrix starts at 1)
	 */
	public record TileLayer(String url, String subdomains, String attribution, int maxZoom, int zoomOffset) {
	}

	static final String TIANDITU_ATTRIBUTION = "© 天地图 tianditu.gov.cn";

	static final String AMAP_ATTRIBUTION = "© 高德地图 AutoNavi";

	static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";

	/**
	 * The base map the settings describe.
	 *
	 * @throws IllegalStateException when a provider lacks what it needs (Tianditu without a key, custom
	 *         without a URL template, custom tiles in BD-09), so a wrong setting stops the start, not the map
	 */
	static BaseMap of(MapProperties settings) {
		int maxZoom = settings.maxZoom();
		if (maxZoom < 1 || maxZoom > 22) {
			throw new IllegalStateException("steward.map.max-zoom must be 1..22, not " + maxZoom);
		}
		return switch (settings.effectiveProvider()) {
			case NONE -> new BaseMap("none", "EPSG3857", List.of());
			case OSM -> new BaseMap("osm", "EPSG3857", List.of(new TileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "",
					OSM_ATTRIBUTION, Math.min(maxZoom, 19), 0)));
			case AMAP -> new BaseMap("amap", "GCJ02", List.of(new TileLayer(
					"https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}", "1234",
					AMAP_ATTRIBUTION, Math.min(maxZoom, 18), 0)));
			case TIANDITU -> tianditu(settings.tianditu(), maxZoom);
			case CUSTOM -> custom(settings, maxZoom);
		};
	}

	private static BaseMap tianditu(MapProperties.Tianditu tianditu, int maxZoom) {
		if (tianditu.key().isBlank()) {
			throw new IllegalStateException(
					"steward.map.provider=tianditu needs steward.map.tianditu.key (STEWARD_MAP_TIANDITU_KEY), a key from console.tianditu.gov.cn");
		}
		String key = URLEncoder.encode(tianditu.key().strip(), StandardCharsets.UTF_8);
		boolean geographic = tianditu.matrix() == MapProperties.Tianditu.Matrix.C;
		String set = geographic ? "c" : "w";
		// the c matrix's level 1 is the whole world in 2 × 1 tiles, which is Leaflet's EPSG:4326 zoom 0
		int offset = geographic ? 1 : 0;
		int zoom = Math.min(maxZoom, 18) - offset;
		List<TileLayer> layers = List.of("vec", "cva")
			.stream()
			.map(layer -> new TileLayer("https://t{s}.tianditu.gov.cn/" + layer + "_" + set
					+ "/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=" + layer + "&STYLE=default&TILEMATRIXSET=" + set
					+ "&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=" + key, "01234567", TIANDITU_ATTRIBUTION, zoom,
					offset))
			.toList();
		return new BaseMap("tianditu", geographic ? "EPSG4326" : "EPSG3857", layers);
	}

	private static BaseMap custom(MapProperties settings, int maxZoom) {
		String url = settings.tileUrl().strip();
		if (url.isEmpty()) {
			throw new IllegalStateException("steward.map.provider=custom needs steward.map.tile-url (STEWARD_MAP_TILE_URL)");
		}
		if (!url.contains("{z}") || !url.contains("{x}") || !url.contains("{y}")) {
			throw new IllegalStateException("steward.map.tile-url must be a template with {z}, {x} and {y}: " + url);
		}
		if (url.contains("{s}") && settings.tileSubdomains().isBlank()) {
			throw new IllegalStateException("steward.map.tile-url uses {s}: set steward.map.tile-subdomains, e.g. abc");
		}
		String crs = switch (settings.tileCrs()) {
			case WGS84 -> "EPSG3857";
			case GCJ02 -> "GCJ02";
			case BD09 -> throw new IllegalStateException(
					"steward.map.tile-crs=BD09 is not supported: Baidu's tiles use their own tiling, not Web Mercator's");
		};
		return new BaseMap("custom", crs, List.of(new TileLayer(url, settings.tileSubdomains().strip(),
				settings.tileAttribution().strip(), maxZoom, 0)));
	}
}
