package org.steward.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

/** steward.map.* turns into the base map pages draw: the right tiles, the right CRS, and no start with half a setting. */
class BaseMapTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	private BaseMap baseMap(String... properties) {
		BaseMap[] out = new BaseMap[1];
		context.withPropertyValues(properties).run(ctx -> {
			assertThat(ctx).hasNotFailed();
			out[0] = ctx.getBean(MapSettings.class).baseMap();
		});
		return out[0];
	}

	private String failure(String... properties) {
		String[] out = new String[1];
		context.withPropertyValues(properties).run(ctx -> {
			assertThat(ctx).hasFailed();
			Throwable cause = ctx.getStartupFailure();
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			out[0] = cause.getMessage();
		});
		return out[0];
	}

	@Test
	void withNothingSetThePagesDrawOurOwnVectorLayerAndDownloadNothing() {
		BaseMap none = baseMap();
		assertThat(none.provider()).isEqualTo("none");
		assertThat(none.crs()).isEqualTo("EPSG3857");
		assertThat(none.layers()).isEmpty();
	}

	@Test
	void aTileUrlAloneIsTheDistrictsOwnServerWithItsAttribution() {
		BaseMap own = baseMap("steward.map.tile-url=https://gis.jinshui.example/tiles/{z}/{x}/{y}.png",
				"steward.map.tile-attribution=© 金水区大数据局");
		assertThat(own.provider()).isEqualTo("custom");
		assertThat(own.crs()).isEqualTo("EPSG3857");
		assertThat(own.layers()).singleElement().satisfies(layer -> {
			assertThat(layer.url()).isEqualTo("https://gis.jinshui.example/tiles/{z}/{x}/{y}.png");
			assertThat(layer.attribution()).isEqualTo("© 金水区大数据局");
		});
	}

	@Test
	void aCustomServerInGcj02IsDrawnThroughTheGcj02Crs() {
		assertThat(baseMap("steward.map.provider=custom", "steward.map.tile-url=https://t{s}.example/{z}/{x}/{y}.png",
				"steward.map.tile-subdomains=abc", "steward.map.tile-crs=GCJ02").crs()).isEqualTo("GCJ02");
	}

	@Test
	void amapTilesAreGcj02() {
		BaseMap amap = baseMap("steward.map.provider=amap");
		assertThat(amap.crs()).isEqualTo("GCJ02");
		assertThat(amap.layers()).singleElement().satisfies(layer -> {
			assertThat(layer.url()).contains("autonavi.com").contains("{x}").contains("{y}").contains("{z}");
			assertThat(layer.subdomains()).isEqualTo("1234");
			assertThat(layer.attribution()).contains("高德");
		});
	}

	@Test
	void osmIsWebMercatorWithItsAttribution() {
		BaseMap osm = baseMap("steward.map.provider=osm");
		assertThat(osm.crs()).isEqualTo("EPSG3857");
		assertThat(osm.layers()).singleElement()
			.satisfies(layer -> assertThat(layer.attribution()).isEqualTo("© OpenStreetMap contributors"));
	}

	@Test
	void tiandituDrawsStreetsAndTheirNamesInWebMercatorWithTheKey() {
		BaseMap tianditu = baseMap("steward.map.provider=tianditu", "steward.map.tianditu.key=abc123");
		assertThat(tianditu.crs()).isEqualTo("EPSG3857");
		assertThat(tianditu.layers()).extracting(BaseMap.TileLayer::url)
			.satisfiesExactly(vec -> assertThat(vec).contains("/vec_w/wmts").contains("TILEMATRIXSET=w").contains("tk=abc123"),
					cva -> assertThat(cva).contains("/cva_w/wmts").contains("LAYER=cva").contains("tk=abc123"));
		assertThat(tianditu.layers()).allSatisfy(layer -> assertThat(layer.zoomOffset()).isZero());
	}

	@Test
	void tianditusCgcs2000MatrixIsLongitudeLatitudeOneLevelDeeper() {
		BaseMap c = baseMap("steward.map.provider=tianditu", "steward.map.tianditu.key=abc123",
				"steward.map.tianditu.matrix=c");
		assertThat(c.crs()).isEqualTo("EPSG4326");
		assertThat(c.layers()).extracting(BaseMap.TileLayer::url)
			.allSatisfy(url -> assertThat(url).contains("_c/wmts").contains("TILEMATRIXSET=c"));
		// the c matrix's level 1 is the world in 2 × 1 tiles: Leaflet's EPSG:4326 zoom 0
		assertThat(c.layers()).allSatisfy(layer -> assertThat(layer.zoomOffset()).isEqualTo(1));
	}

	@Test
	void tiandituWithoutAKeyStopsTheStartSayingWhatIsMissing() {
		assertThat(failure("steward.map.provider=tianditu")).contains("steward.map.tianditu.key");
	}

	@Test
	void aCustomServerNeedsATemplate() {
		assertThat(failure("steward.map.provider=custom")).contains("steward.map.tile-url");
		assertThat(failure("steward.map.tile-url=https://gis.example/tile.png")).contains("{z}");
		assertThat(failure("steward.map.tile-url=https://{s}.gis.example/{z}/{x}/{y}.png")).contains("tile-subdomains");
	}

	@Test
	void theJsonThePagesReadNamesCrsAndLayers() {
		context.withPropertyValues("steward.map.provider=amap").run(ctx -> assertThat(ctx.getBean(MapSettings.class).json())
			.contains("\"provider\":\"amap\"").contains("\"crs\":\"GCJ02\"").contains("\"layers\":[{"));
	}

	@Test
	void theDemoVectorLayerHasNamedStreetsAreasAndLandmarksInsideTheDistrict() throws Exception {
		byte[] file = new ClassPathResource("demo/jinshui-basemap.geojson").getContentAsByteArray();
		List<MapFeatures.Feature> features = MapFeatures.parse(file, "demo");
		assertThat(features).extracting(MapFeatures.Feature::kind)
			.contains(MapFeatures.Kind.ROAD, MapFeatures.Kind.AREA, MapFeatures.Kind.LANDMARK);
		assertThat(features).extracting(MapFeatures.Feature::nameZh).contains("东风路", "园田路", "经三路", "园田公园");
		// inside the demo district's rectangle (make-jinshui-territory.py)
		assertThat(features).allSatisfy(f -> {
			org.locationtech.jts.geom.Envelope e = f.geometry().getEnvelopeInternal();
			assertThat(e.getMinX() >= 113.64 && e.getMaxX() <= 113.72 && e.getMinY() >= 34.77 && e.getMaxY() <= 34.83)
				.as(f.nameZh())
				.isTrue();
		});
	}

	@Test
	void aVectorLayerWithALineForALandmarkIsRefusedNamingTheFeature() {
		String bad = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"kind":"road","nameZh":"东风路"},"geometry":{"type":"LineString","coordinates":[[113.64,34.80],[113.72,34.80]]}},
				 {"type":"Feature","properties":{"kind":"landmark","nameZh":"地铁站"},"geometry":{"type":"LineString","coordinates":[[113.64,34.80],[113.65,34.80]]}}]}""";
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> MapFeatures.parse(bad.getBytes(StandardCharsets.UTF_8), "bad.geojson"))
			.hasMessageContaining("features[1]")
			.hasMessageContaining("地铁站");
	}

	@EnableConfigurationProperties(MapProperties.class)
	@Import(MapSettings.class)
	static class Settings {
	}
}
