package org.steward.territory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Builds territory GeoJSON files for tests. Each test uses its own district code, and
 * {@link #validChain} places that district's squares far from the demo territory (at a
 * longitude and latitude derived from the code), so tests never collide with each other
 * or with the demo data, also on a shared PostgreSQL.
 */
final class TerritoryFiles {

	private final List<String> features = new ArrayList<>();

	static TerritoryFiles file() {
		return new TerritoryFiles();
	}

	/**
	 * A district, one street, one community and two grids side by side (west 001, east 002),
	 * all valid. The district is a 1 x 1 degree square at an origin derived from its code.
	 */
	static TerritoryFiles validChain(String district) {
		double[] o = origin(district);
		String street = district + "001";
		String community = street + "001";
		return file().add("district", district, null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("street", street, null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("community", community, null, o[0], o[1], o[0] + 1, o[1] + 1)
			.add("grid", community + "001", null, o[0], o[1], o[0] + 0.5, o[1] + 1)
			.add("grid", community + "002", null, o[0] + 0.5, o[1], o[0] + 1, o[1] + 1);
	}

	/** Longitude and latitude of the south-west corner of a test district's square. */
	static double[] origin(String district) {
		int n = Integer.parseInt(district.substring(district.length() - 3));
		return new double[] { -170 + (n % 100) * 3, -80 + (n / 100) * 3 };
	}

	TerritoryFiles add(String level, String code, @Nullable String parent, double x0, double y0, double x1, double y1) {
		return feature(level, code, parent, box(x0, y0, x1, y1));
	}

	TerritoryFiles feature(String level, String code, @Nullable String parent, String geometry) {
		String parentProperty = parent == null ? "" : ", \"parent\": \"" + parent + "\"";
		features.add("""
				{"type": "Feature", "properties": {"level": "%s", "code": "%s", "nameZh": "测试%s", "nameEn": "Test %s"%s},
				 "geometry": %s}""".formatted(level, code, code, code, parentProperty, geometry));
		return this;
	}

	TerritoryFiles raw(String featureJson) {
		features.add(featureJson);
		return this;
	}

	String json() {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";
	}

	byte[] bytes() {
		return json().getBytes(StandardCharsets.UTF_8);
	}

	static String box(double x0, double y0, double x1, double y1) {
		return String.format(Locale.ROOT,
				"{\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}", x0, y0,
				x1, y0, x1, y1, x0, y1, x0, y0);
	}
}
