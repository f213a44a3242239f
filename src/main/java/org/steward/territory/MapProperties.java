package org.steward.territory;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map pages' base map ({@code steward.map.*}): which tiles are drawn under Steward's own layers,
 * and our own vector layer of streets, areas and landmarks for installations without tiles. Nothing
 * here is fetched by the server; the browser loads the tiles the provider names. See README, "Base map".
 *
 * @param provider {@code none} (our vector layer only), {@code tianditu}, {@code amap}, {@code osm} or
 *        {@code custom}; unset means {@code custom} when {@code tile-url} is set, else {@code none}
 * @param tileUrl {@code custom}: the district's own tile server as a Leaflet URL template
 *        ({@code {z}/{x}/{y}}, optional {@code {s}})
 * @param tileAttribution {@code custom}: the attribution its owner requires, shown in the map's corner
 * @param tileSubdomains {@code custom}: the letters {@code {s}} takes, e.g. {@code abc}
 * @param tileCrs {@code custom}: the datum the tiles are drawn in, {@code WGS84} (also CGCS2000) or
 *        {@code GCJ02} (a server that re-serves AMap/Tencent-style tiles)
 * @param maxZoom the deepest zoom level offered
 * @param tianditu Tianditu's key and tile matrix
 * @param vectorLayer our own GeoJSON of streets, areas and landmarks ({@code classpath:} or {@code file:});
 *        empty draws none. The demo ships {@code classpath:demo/jinshui-basemap.geojson}
 */
@ConfigurationProperties("steward.map")
record MapProperties(@Nullable Provider provider, @DefaultValue("") String tileUrl,
		@DefaultValue("") String tileAttribution, @DefaultValue("") String tileSubdomains,
		@DefaultValue("WGS84") Crs tileCrs, @DefaultValue("18") int maxZoom, @DefaultValue Tianditu tianditu,
		@DefaultValue("") String vectorLayer) {

	/** Where the tiles come from. */
	public enum Provider {
		NONE, TIANDITU, AMAP, OSM, CUSTOM
	}

	/**
	 * Tianditu (天地图), the national platform: a key ({@code tk}) from console.tianditu.gov.cn, and
	 * the matrix set: {@code w} (Web Mercator, {@code vec_w} + {@code cva_w}) or {@code c} (CGCS2000
	 * longitude/latitude, {@code vec_c} + {@code cva_c}). CGCS2000 is WGS-84 to within centimetres,
	 * so our WGS-84 points need no conversion on either.
	 */
	public record Tianditu(@DefaultValue("") String key, @DefaultValue("W") Matrix matrix) {

		public enum Matrix {
			W, C
		}
	}

	/** The provider in effect: the one named, or the one the other settings imply. */
	public Provider effectiveProvider() {
		if (provider != null) {
			return provider;
		}
		return tileUrl.isBlank() ? Provider.NONE : Provider.CUSTOM;
	}
}
