package org.steward.territory;

import java.util.List;

import org.locationtech.jts.io.geojson.GeoJsonWriter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes stored units as a GeoJSON FeatureCollection (RFC 7946: WGS-84, longitude first). */
final class TerritoryGeoJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Eight decimals of a degree is about a millimetre: more than any boundary survey holds. */
	private static final int DECIMALS = 8;

	private TerritoryGeoJson() {
	}

	static ObjectNode featureCollection(List<StoredUnit> units) {
		GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
		writer.setEncodeCRS(false);
		ObjectNode collection = JSON.createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (StoredUnit unit : units) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			feature.put("id", unit.code());
			ObjectNode properties = feature.putObject("properties");
			properties.put("code", unit.code());
			properties.put("level", unit.level().key());
			properties.put("nameZh", unit.nameZh());
			properties.put("nameEn", unit.nameEn());
			if (unit.parentCode() != null) {
				properties.put("parent", unit.parentCode());
			}
			properties.put("demo", unit.demo());
			feature.set("geometry", JSON.readTree(writer.write(unit.geometry())));
		}
		return collection;
	}
}
