package org.steward.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

@IntegrationTest
class CategoryAdminApiTests {

	private static final RequestPostProcessor ADMIN = jwt().jwt(j -> j.subject("admin"))
		.authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));

	private static final RequestPostProcessor COMMAND = jwt().jwt(j -> j.subject("command"))
		.authorities(new SimpleGrantedAuthority("ROLE_COMMAND_CENTRE"));

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogEditor editor;

	@Autowired
	JdbcCatalog catalog;

	@Test
	void savesANewVersionAndKeepsTheOldOneReadableByItsId() throws Exception {
		CategoryRules first = CatalogTestData.create(editor, catalog, true);

		mvc.perform(put("/api/v1/categories/" + first.code()).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(first.version(), "MARKET_SUPERVISION", "[\"URBAN_MANAGEMENT\"]", 3)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(first.version() + 1))
			.andExpect(jsonPath("$.leadDepartment").value("MARKET_SUPERVISION"))
			.andExpect(jsonPath("$.timeLimits.NORMAL.handle.amount").value(3));

		assertThat(catalog.current(first.code()).orElseThrow().editedBy()).isEqualTo("admin");
		mvc.perform(get("/api/v1/categories/versions/" + first.id().value()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(first.version()))
			.andExpect(jsonPath("$.leadDepartment").value("URBAN_MANAGEMENT"))
			.andExpect(jsonPath("$.timeLimits.NORMAL.handle.amount").value(4));
	}

	@Test
	void namesEveryInvalidFieldAndSavesNothing() throws Exception {
		CategoryRules first = CatalogTestData.create(editor, catalog, true);

		mvc.perform(put("/api/v1/categories/" + first.code()).with(ADMIN)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(first.version(), "FIRE_RESCUE", "[\"FIRE_RESCUE\", \"NOBODY\"]", 0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("coDepartments")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("timeLimits.NORMAL.handle.amount")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("Unknown department: NOBODY.")))
			.andExpect(jsonPath("$.errors[*].message")
				.value(hasItem("The lead department FIRE_RESCUE cannot also be a co-department.")));

		assertThat(catalog.current(first.code())).contains(first);
	}

	@Test
	void answersAConflictWhenTheBaseVersionIsNoLongerCurrent() throws Exception {
		CategoryRules first = CatalogTestData.create(editor, catalog, true);
		editor.edit(first.code(), first.version(), CatalogTestData.draft("URBAN_MANAGEMENT", java.util.List.of(), 5), "other");

		mvc.perform(put("/api/v1/categories/" + first.code()).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(first.version(), "URBAN_MANAGEMENT", "[]", 6)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:catalog.refused.stale"));
	}

	@Test
	void createsACategoryAndRejectsATakenCode() throws Exception {
		String code = CatalogTestData.unusedCode(catalog);
		String create = body(0, "URBAN_MANAGEMENT", "[]", 4)
			.replaceFirst("\\{", "{\"code\":\"" + code + "\",\"majorCode\":\"" + code.substring(0, 2) + "\",");

		mvc.perform(post("/api/v1/categories").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(create))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/categories/" + code))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(catalog.current(code).orElseThrow().handleWithin(Urgency.NORMAL))
			.isEqualTo(TimeLimit.of(4, LimitUnit.WORKING_HOURS));

		mvc.perform(post("/api/v1/categories").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(create))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void letsOnlyAdministratorsWrite() throws Exception {
		String json = body(1, "URBAN_MANAGEMENT", "[]", 4);
		mvc.perform(put("/api/v1/categories/0101").with(COMMAND).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/categories/0101").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isUnauthorized());
		assertThat(catalog.history("0101")).extracting(CategoryRules::editedBy).doesNotContain("command");
	}

	@Test
	void answersAnUnknownVersionIdWithNotFound() throws Exception {
		mvc.perform(get("/api/v1/categories/versions/" + Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:catalog.refused.versionNotFound"));
	}

	private static String body(int baseVersion, String lead, String coJson, int normalHandleHours) {
		return """
				{"baseVersion": %d, "nameZh": "接口测试", "nameEn": "API test", "description": "", "active": true,
				 "leadDepartment": "%s", "coDepartments": %s,
				 "timeLimits": {
				   "NORMAL": {"acknowledge": {"amount": 30, "unit": "NATURAL_MINUTES"}, "handle": {"amount": %d, "unit": "WORKING_HOURS"}},
				   "URGENT": {"acknowledge": {"amount": 15, "unit": "NATURAL_MINUTES"}, "handle": {"amount": 2, "unit": "WORKING_HOURS"}},
				   "VERY_URGENT": {"acknowledge": {"amount": 10, "unit": "NATURAL_MINUTES"}, "handle": {"amount": 1, "unit": "NATURAL_HOURS"}}}}
				""".formatted(baseVersion, lead, coJson, normalHandleHours);
	}
}
