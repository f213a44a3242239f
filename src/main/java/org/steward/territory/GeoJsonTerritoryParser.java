package org.steward.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a territory FeatureCollection: checks each feature on its own (properties, code
 * digits, geometry type, ring closure, geometry validity) and collects every problem instead
 * of stopping at the first. Rules that relate features to each other live in
 * {@link TerritoryImportRules}.
 */
final class GeoJsonTerritoryParser {

	/** SRID 4326: coordinates are WGS-84 longitude/latitude in degrees. */
	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What a file held: the features that could be identified, and every problem found. */
	record Parsed(List<TerritoryFeature> features, List<ImportProblem> problems) {
	}

	Parsed parse(byte[] content) {
		List<ImportProblem> problems = new ArrayList<>();
		List<TerritoryFeature> features = new ArrayList<>();
		if (content.length == 0) {
			problems.add(ImportProblem.ofFile(ImportProblem.Kind.EMPTY_FILE));
			return new Parsed(features, problems);
		}
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			problems.add(ImportProblem.ofFile(ImportProblem.Kind.MALFORMED_JSON, ex.getOriginalMessage()));
			return new Parsed(features, problems);
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root, "type"))
				|| !root.path("features").isArray()) {
			problems.add(ImportProblem.ofFile(ImportProblem.Kind.NOT_A_FEATURE_COLLECTION));
			return new Parsed(features, problems);
		}
		JsonNode array = root.path("features");
		if (array.isEmpty()) {
			problems.add(ImportProblem.ofFile(ImportProblem.Kind.NO_FEATURES));
			return new Parsed(features, problems);
		}
		boolean demoFile = root.path("demo").asBoolean(false);
		for (int i = 0; i < array.size(); i++) {
			readFeature(i, array.get(i), demoFile, problems).ifPresent(features::add);
		}
		return new Parsed(features, problems);
	}

	private Optional<TerritoryFeature> readFeature(int index, JsonNode node, boolean demoFile,
			List<ImportProblem> problems) {
		if (!node.isObject() || !"Feature".equals(text(node, "type"))) {
			problems.add(ImportProblem.of(index, null, ImportProblem.Kind.NOT_A_FEATURE));
			return Optional.empty();
		}
		JsonNode props = node.path("properties");
		String code = text(props, "code");
		String levelText = text(props, "level");
		int before = problems.size();
		if (code == null) {
			problems.add(ImportProblem.of(index, null, ImportProblem.Kind.MISSING_PROPERTY, "code"));
		}
		TerritoryLevel level = null;
		if (levelText == null) {
			problems.add(ImportProblem.of(index, code, ImportProblem.Kind.MISSING_PROPERTY, "level"));
		}
		else {
			level = TerritoryLevel.fromKey(levelText).orElse(null);
			if (level == null) {
				problems.add(ImportProblem.of(index, code, ImportProblem.Kind.UNKNOWN_LEVEL, levelText));
			}
		}
		if (level != null && code != null) {
			Optional<String> why = TerritoryCodes.whyInvalid(level, code);
			if (why.isPresent()) {
				problems.add(ImportProblem.of(index, code, ImportProblem.Kind.BAD_CODE, code, level.key(), why.get()));
			}
		}
		String nameZh = text(props, "nameZh");
		if (nameZh == null) {
			problems.add(ImportProblem.of(index, code, ImportProblem.Kind.MISSING_PROPERTY, "nameZh"));
		}
		String nameEn = text(props, "nameEn");
		String parent = text(props, "parent");
		boolean identified = problems.size() == before;
		if (identified) {
			if (parent == null && TerritoryCodes.needsExplicitParent(level)) {
				problems.add(ImportProblem.of(index, code, ImportProblem.Kind.MISSING_PROPERTY, "parent"));
			}
			else if (!TerritoryCodes.prefixMatches(level, code, parent)) {
				problems.add(ImportProblem.of(index, code, ImportProblem.Kind.PREFIX_MISMATCH, String.valueOf(parent)));
			}
			if (parent == null) {
				parent = TerritoryCodes.impliedParent(level, code).orElse(null);
			}
		}
		Geometry geometry = readGeometry(index, code, node.path("geometry"), problems);
		if (!identified) {
			return Optional.empty();
		}
		boolean demo = demoFile || props.path("demo").asBoolean(false);
		return Optional.of(new TerritoryFeature(index, level, code, nameZh, nameEn == null ? nameZh : nameEn,
				level == TerritoryLevel.DISTRICT ? null : parent, geometry, demo));
	}

	private @Nullable Geometry readGeometry(int index, @Nullable String code, JsonNode geometry,
			List<ImportProblem> problems) {
		if (geometry.isMissingNode() || geometry.isNull()) {
			problems.add(ImportProblem.of(index, code, ImportProblem.Kind.MISSING_GEOMETRY));
			return null;
		}
		String type = text(geometry, "type");
		if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
			problems.add(ImportProblem.of(index, code, ImportProblem.Kind.WRONG_GEOMETRY_TYPE, String.valueOf(type)));
			return null;
		}
		// checked on the JSON because JTS would only say "not closed" without naming the ring
		if (!ringsClose(type, geometry.path("coordinates"))) {
			problems.add(ImportProblem.of(index, code, ImportProblem.Kind.RING_NOT_CLOSED));
			return null;
		}
		Geometry read;
		try {
			read = new GeoJsonReader(WGS84).read(JSON.writeValueAsString(geometry));
		}
		catch (ParseException | RuntimeException ex) {
			problems.add(ImportProblem.of(index, code, ImportProblem.Kind.UNREADABLE_GEOMETRY, String.valueOf(ex.getMessage())));
			return null;
		}
		read.setSRID(4326);
		IsValidOp validity = new IsValidOp(read);
		if (!validity.isValid()) {
			TopologyValidationError error = validity.getValidationError();
			String at = error.getCoordinate() == null ? "?"
					: error.getCoordinate().getX() + " " + error.getCoordinate().getY();
			problems.add(ImportProblem.of(index, code, ImportProblem.Kind.INVALID_GEOMETRY, error.getMessage(), at));
			return null;
		}
		return read;
	}

	private static boolean ringsClose(String type, JsonNode coordinates) {
		if (!coordinates.isArray()) {
			return true; // not a ring problem; the reader reports it
		}
		if ("Polygon".equals(type)) {
			return polygonRingsClose(coordinates);
		}
		for (JsonNode polygon : coordinates) {
			if (!polygonRingsClose(polygon)) {
				return false;
			}
		}
		return true;
	}

	private static boolean polygonRingsClose(JsonNode rings) {
		for (JsonNode ring : rings) {
			if (!ring.isArray() || ring.size() < 4) {
				return false;
			}
			JsonNode first = ring.get(0);
			JsonNode last = ring.get(ring.size() - 1);
			if (first.size() < 2 || last.size() < 2 || first.get(0).asDouble() != last.get(0).asDouble()
					|| first.get(1).asDouble() != last.get(1).asDouble()) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString() && !value.isNumber()) {
			return null;
		}
		String text = value.asString().trim();
		return text.isEmpty() ? null : text;
	}
}
