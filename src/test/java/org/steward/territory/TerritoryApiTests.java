package org.steward.territory;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/** The public territory reads, without any account. */
@IntegrationTest
class TerritoryApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsDistrictsStreetsAndCommunities() throws Exception {
		mvc.perform(get("/api/v1/territory/districts"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '410105')].nameZh").value(hasItem("金水区")))
			.andExpect(jsonPath("$[?(@.code == '410105')].nameEn").value(hasItem("Jinshui District")));
		mvc.perform(get("/api/v1/territory/streets").param("district", "410105"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("410105008", "410105009", "410105010")))
			.andExpect(jsonPath("$[2].nameZh").value("东风路街道"))
			.andExpect(jsonPath("$[2].parentCode").value("410105"));
		mvc.perform(get("/api/v1/territory/communities").param("street", "410105010"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("410105010001", "410105010002")));
	}

	@Test
	void listsTheResidentialCompoundsOfAGrid() throws Exception {
		mvc.perform(get("/api/v1/territory/compounds").param("parent", "410105010001001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].nameZh").value(hasItem("园田小区")))
			.andExpect(jsonPath("$[0].level").value("COMPOUND"));
	}

	@Test
	void servesTheGridsOfACommunityAsAGeoJsonFeatureCollection() throws Exception {
		mvc.perform(get("/api/v1/territory/grids").param("community", "410105010001"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features", hasSize(4)))
			.andExpect(jsonPath("$.features[0].type").value("Feature"))
			.andExpect(jsonPath("$.features[0].properties.code").value("410105010001001"))
			.andExpect(jsonPath("$.features[0].properties.level").value("grid"))
			.andExpect(jsonPath("$.features[0].properties.nameZh").value("园田社区第1网格"))
			.andExpect(jsonPath("$.features[0].properties.nameEn").value("Yuantian Grid 1"))
			.andExpect(jsonPath("$.features[0].properties.demo").value(true))
			.andExpect(jsonPath("$.features[*].geometry.type").value(everyItem(oneOf("Polygon", "MultiPolygon"))))
			// RFC 7946: longitude first
			.andExpect(jsonPath("$.features[0].geometry.coordinates[0][0][0]").value(is(113.676)))
			.andExpect(jsonPath("$.features[0].geometry.crs").doesNotExist());
	}

	@Test
	void servesPlainJsonToClientsThatAskForIt() throws Exception {
		mvc.perform(get("/api/v1/territory/grids").param("community", "410105010001").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.type").value("FeatureCollection"));
	}

	@Test
	void answersAnEmptyCollectionForAnUnknownCommunity() throws Exception {
		mvc.perform(get("/api/v1/territory/grids").param("community", "999999999999"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features", hasSize(0)));
	}

	@Test
	void servesTheBoundariesOfOneLevelForTheMap() throws Exception {
		mvc.perform(get("/api/v1/territory/boundaries").param("level", "district"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[?(@.properties.code == '410105')].properties.level").value(hasItem("district")));
		mvc.perform(get("/api/v1/territory/boundaries").param("level", "community"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[*].properties.level").value(everyItem(is("community"))))
			.andExpect(jsonPath("$.features[*].properties.code").value(hasItem("410105009001")));
		mvc.perform(get("/api/v1/territory/boundaries").param("level", "GRID"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[*].properties.code").value(hasItem("410105010001004")));
	}

	@Test
	void rejectsAnUnknownLevelAsAFieldProblem() throws Exception {
		mvc.perform(get("/api/v1/territory/boundaries").param("level", "planet"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void requiresTheParentParameter() throws Exception {
		// the shared problem answer (org.steward.refusal) shapes the body; here only the status is territory's concern
		mvc.perform(get("/api/v1/territory/streets"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
