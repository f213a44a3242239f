package org.steward.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our own vector layer ({@code steward.map.vector-layer}): streets as lines, areas (parks, schools,
 * markets, compounds the territory file does not hold) as polygons and landmarks as points, each
 * with Chinese and English names. It is the map where no tiles are configured, and the gazetteer
 * reads its names. Read once at start-up; a bad file stops the start naming the feature, because a
 * map page that silently lost its streets is worse than an operator who fixes one line.
 */
@Component
class MapFeatures {

	/** What a feature is; the geometry must match. */
	enum Kind {
		ROAD, AREA, LANDMARK;

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * One feature of the layer.
	 *
	 * @param type for areas and landmarks: {@code park}, {@code school}, {@code market}, {@code compound},
	 *        {@code office}, {@code station}, … (styles the map; free text, 1–20 letters)
	 */
	record Feature(Kind kind, String type, String nameZh, String nameEn, Geometry geometry) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Feature> features;

	private final ObjectNode geoJson;

	MapFeatures(MapProperties settings, ResourceLoader resources) {
		String location = settings.vectorLayer().strip();
		if (location.isEmpty()) {
			this.features = List.of();
			this.geoJson = JSON.createObjectNode().put("type", "FeatureCollection");
			this.geoJson.putArray("features");
			return;
		}
		Resource resource = resources.getResource(location);
		byte[] content;
		try (InputStream in = resource.getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("steward.map.vector-layer: cannot read " + location + ": " + ex.getMessage(), ex);
		}
		this.features = List.copyOf(parse(content, location));
		this.geoJson = write(features);
	}

	List<Feature> features() {
		return features;
	}

	/** The layer as GeoJSON: {@code kind}, {@code type}, {@code nameZh}, {@code nameEn} per feature. */
	ObjectNode geoJson() {
		return geoJson;
	}

	static List<Feature> parse(byte[] content, String location) {
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(location + " is not JSON: " + ex.getOriginalMessage(), ex);
		}
		if (root == null || !"FeatureCollection".equals(root.path("type").asString(null)) || !root.path("features").isArray()) {
			throw new IllegalStateException(location + " is not a GeoJSON FeatureCollection");
		}
		GeoJsonReader reader = new GeoJsonReader(GeoJsonTerritoryParser.WGS84);
		List<Feature> out = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		JsonNode array = root.path("features");
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			JsonNode props = node.path("properties");
			String where = location + " features[" + i + "]";
			String kindText = props.path("kind").asString("");
			String nameZh = props.path("nameZh").asString("").strip();
			String nameEn = props.path("nameEn").asString("").strip();
			String type = props.path("type").asString("").strip();
			Kind kind;
			try {
				kind = Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(where + ": kind must be road, area or landmark, not '" + kindText + "'");
				continue;
			}
			if (nameZh.isEmpty() || nameZh.length() > 60 || nameEn.length() > 100) {
				problems.add(where + ": nameZh is required (at most 60 characters), nameEn at most 100");
				continue;
			}
			if (!type.isEmpty() && !type.matches("[a-z_]{1,20}")) {
				problems.add(where + ": type must be 1-20 lower-case letters");
				continue;
			}
			Geometry geometry;
			try {
				geometry = reader.read(JSON.writeValueAsString(node.path("geometry")));
			}
			catch (ParseException | RuntimeException ex) {
				problems.add(where + " (" + nameZh + "): unreadable geometry: " + ex.getMessage());
				continue;
			}
			String geometryType = geometry.getGeometryType();
			boolean fits = switch (kind) {
				case ROAD -> geometryType.equals("LineString") || geometryType.equals("MultiLineString");
				case AREA -> geometryType.equals("Polygon") || geometryType.equals("MultiPolygon");
				case LANDMARK -> geometryType.equals("Point");
			};
			if (!fits) {
				problems.add(where + " (" + nameZh + "): a " + kind.key() + " cannot be a " + geometryType);
				continue;
			}
			if (!new IsValidOp(geometry).isValid()) {
				problems.add(where + " (" + nameZh + "): invalid geometry: " + new IsValidOp(geometry).getValidationError());
				continue;
			}
			geometry.setSRID(4326);
			out.add(new Feature(kind, type, nameZh, nameEn.isEmpty() ? nameZh : nameEn, geometry));
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("steward.map.vector-layer " + location + " has problems:\n  "
					+ String.join("\n  ", problems));
		}
		return out;
	}

	private static ObjectNode write(List<Feature> features) {
		org.locationtech.jts.io.geojson.GeoJsonWriter writer = new org.locationtech.jts.io.geojson.GeoJsonWriter(7);
		writer.setEncodeCRS(false);
		ObjectNode collection = JSON.createObjectNode();
		collection.put("type", "FeatureCollection");
		var array = collection.putArray("features");
		for (Feature f : features) {
			ObjectNode feature = array.addObject();
			feature.put("type", "Feature");
			ObjectNode properties = feature.putObject("properties");
			properties.put("kind", f.kind().key());
			properties.put("type", f.type());
			properties.put("nameZh", f.nameZh());
			properties.put("nameEn", f.nameEn());
			feature.set("geometry", JSON.readTree(writer.write(f.geometry())));
		}
		return collection;
	}
}
