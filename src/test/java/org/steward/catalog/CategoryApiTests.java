package org.steward.catalog;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

@IntegrationTest
class CategoryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogEditor editor;

	@Autowired
	JdbcCatalog catalog;

	@Test
	void listsCategoriesWithMajorClassDepartmentsAndLimitsToAnyone() throws Exception {
		mvc.perform(get("/api/v1/categories"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '0602')].nameZh").value("商业经营噪声"))
			.andExpect(jsonPath("$[?(@.code == '0602')].nameEn").value("Commercial noise"))
			.andExpect(jsonPath("$[?(@.code == '0602')].kind").value("EVENT"))
			.andExpect(jsonPath("$[?(@.code == '0602')].majorClass.code").value("06"))
			.andExpect(jsonPath("$[?(@.code == '0602')].majorClass.nameZh").value("噪声扰民"))
			.andExpect(jsonPath("$[?(@.code == '0602')].leadDepartment").value("URBAN_MANAGEMENT"))
			.andExpect(jsonPath("$[?(@.code == '5101')].kind").value("COMPONENT"))
			.andExpect(jsonPath("$[*].code").value(hasItem("0107")));
	}

	@Test
	void answersOneCategoryWithItsLimitsPerUrgency() throws Exception {
		mvc.perform(get("/api/v1/categories/0506"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("0506"))
			.andExpect(jsonPath("$.nameZh").value("消防通道堵塞"))
			.andExpect(jsonPath("$.nameEn").value("Blocked fire lane"))
			.andExpect(jsonPath("$.kind").value("EVENT"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.majorClass.code").value("05"))
			.andExpect(jsonPath("$.majorClass.nameEn").value("Street order"))
			.andExpect(jsonPath("$.leadDepartment").value("FIRE_RESCUE"))
			.andExpect(jsonPath("$.coDepartments[0]").value("URBAN_MANAGEMENT"))
			.andExpect(jsonPath("$.timeLimits.NORMAL.acknowledge.amount").value(30))
			.andExpect(jsonPath("$.timeLimits.NORMAL.acknowledge.unit").value("NATURAL_MINUTES"))
			.andExpect(jsonPath("$.timeLimits.NORMAL.handle.amount").value(2))
			.andExpect(jsonPath("$.timeLimits.NORMAL.handle.unit").value("WORKING_HOURS"))
			.andExpect(jsonPath("$.timeLimits.URGENT.acknowledge.amount").value(15))
			.andExpect(jsonPath("$.timeLimits.VERY_URGENT.acknowledge.amount").value(10))
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(jsonPath("$.versionId").isNumber());
	}

	@Test
	void answersAnUnknownCodeWithANotFoundProblem() throws Exception {
		mvc.perform(get("/api/v1/categories/9999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.type").value("urn:steward:problem:catalog.refused.categoryNotFound"))
			.andExpect(jsonPath("$.code").value("9999"));
	}

	@Test
	void leavesInactiveCategoriesOutOfTheListUnlessAsked() throws Exception {
		CategoryRules inactive = CatalogTestData.create(editor, catalog, false);

		mvc.perform(get("/api/v1/categories"))
			.andExpect(jsonPath("$[*].code").value(not(hasItem(inactive.code()))));
		mvc.perform(get("/api/v1/categories").param("includeInactive", "true"))
			.andExpect(jsonPath("$[*].code").value(hasItem(inactive.code())));
		mvc.perform(get("/api/v1/categories/" + inactive.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
	}
}
