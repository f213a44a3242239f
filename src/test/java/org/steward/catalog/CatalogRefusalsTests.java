package org.steward.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;

/**
 * Each refusal of the catalogue — an unknown category (404), an edit of a replaced version (409), bad fields
 * (400), and a role that may not write (403) — through the API in the caller's {@code Accept-Language} and on
 * the admin pages in the reader's language, the field's message beside its input.
 */
@IntegrationTest
class CatalogRefusalsTests {

	private static final RequestPostProcessor ADMIN_TOKEN = jwt().jwt(j -> j.subject("admin"))
		.authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));

	private static final RequestPostProcessor COMMAND_TOKEN = jwt().jwt(j -> j.subject("command"))
		.authorities(new SimpleGrantedAuthority("ROLE_COMMAND_CENTRE"));

	private static final RequestPostProcessor ADMIN_PAGE = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogEditor editor;

	@Autowired
	JdbcCatalog catalog;

	private ResultActions save(String code, RequestPostProcessor who, String language, String body) throws Exception {
		return mvc.perform(put("/api/v1/categories/" + code).with(who)
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** A category whose first version has been replaced, so editing from version 1 is stale. */
	private CategoryRules replaced() {
		CategoryRules first = CatalogTestData.create(editor, catalog, true);
		editor.edit(first.code(), first.version(), CatalogTestData.draft("URBAN_MANAGEMENT", List.of(), 5), "other");
		return first;
	}

	// ------------------------------------------------------------ the API

	@Test
	void anUnknownCategoryIsA404InTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/categories/9999").header("Accept-Language", "zh-CN"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:catalog.refused.categoryNotFound"))
			.andExpect(jsonPath("$.code").value("9999"))
			.andExpect(jsonPath("$.detail").value("没有代码为 9999 的分类。"));
		mvc.perform(get("/api/v1/categories/9999").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("There is no category with code 9999."));
	}

	@Test
	void anEditOfAReplacedVersionIsAConflictInTheCallersLanguage() throws Exception {
		CategoryRules first = replaced();
		String body = body(first.version(), "URBAN_MANAGEMENT", "[]");
		save(first.code(), ADMIN_TOKEN, "zh-CN", body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:catalog.refused.stale"))
			.andExpect(jsonPath("$.detail").value(
					"该分类在您编辑期间已被他人修改（您编辑的是 " + first.code() + " v1），请刷新后重新修改。"));
		save(first.code(), ADMIN_TOKEN, "en", body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Someone saved this category while you were editing (you started from "
					+ first.code() + " v1). Reload and edit again."));
	}

	@Test
	void badFieldsAreA400NamingEachInTheCallersLanguage() throws Exception {
		CategoryRules first = CatalogTestData.create(editor, catalog, true);
		String body = body(first.version(), "NOBODY", "[]");
		save(first.code(), ADMIN_TOKEN, "zh-CN", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("leadDepartment"))
			.andExpect(jsonPath("$.errors[0].code").value("catalog.refused.unknownDepartment"))
			.andExpect(jsonPath("$.errors[0].message").value("未知部门：NOBODY。"));
		save(first.code(), ADMIN_TOKEN, "en", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Unknown department: NOBODY."));
	}

	@Test
	void aRoleThatMayNotWriteIsA403InTheCallersLanguage() throws Exception {
		String body = body(1, "URBAN_MANAGEMENT", "[]");
		save("0101", COMMAND_TOKEN, "zh-CN", body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:identity.refused.outsideRoleOrScope"))
			.andExpect(jsonPath("$.detail").value("您的角色或数据范围不允许此请求。"));
		save("0101", COMMAND_TOKEN, "en", body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Not allowed"))
			.andExpect(jsonPath("$.detail").value("Your role or data scope does not allow this request."));
	}

	// ------------------------------------------------------------ the admin pages

	@Test
	void onTheEditPageABadFieldIsA400WithItsMessageBesideItsInputInTheReadersLanguage() throws Exception {
		CategoryRules first = CatalogTestData.create(editor, catalog, true);
		mvc.perform(form(post("/admin/catalog/" + first.code()), first.version(), "NO_SUCH_DEPARTMENT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\">未知部门：NO_SUCH_DEPARTMENT。</div>")))
			.andExpect(content().string(containsString("value=\"页面测试\"")));
		mvc.perform(form(post("/admin/catalog/" + first.code()).param("lang", "en"), first.version(), "NO_SUCH_DEPARTMENT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"<div class=\"invalid-feedback\">Unknown department: NO_SUCH_DEPARTMENT.</div>")))
			.andExpect(content().string(containsString("value=\"页面测试\"")));
	}

	@Test
	void onTheEditPageAReplacedVersionIsA409WithTheFormsMessageInTheReadersLanguage() throws Exception {
		CategoryRules first = replaced();
		mvc.perform(form(post("/admin/catalog/" + first.code()), first.version(), "URBAN_MANAGEMENT"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("（您编辑的是 " + first.code() + " v1）")));
		mvc.perform(form(post("/admin/catalog/" + first.code()).param("lang", "en"), first.version(), "URBAN_MANAGEMENT"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("(you started from " + first.code() + " v1)")));
	}

	@Test
	void anUnknownCategorysPageIsA404InTheReadersLanguage() throws Exception {
		mvc.perform(get("/admin/catalog/9999").with(ADMIN_PAGE))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有代码为 9999 的分类。")));
		mvc.perform(get("/admin/catalog/9999").param("lang", "en").with(ADMIN_PAGE))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no category with code 9999.")));
	}

	private static String body(int baseVersion, String lead, String coJson) {
		return """
				{"baseVersion": %d, "nameZh": "接口测试", "nameEn": "API test", "description": "", "active": true,
				 "leadDepartment": "%s", "coDepartments": %s,
				 "timeLimits": {
				   "NORMAL": {"acknowledge": {"amount": 30, "unit": "NATURAL_MINUTES"}, "handle": {"amount": 4, "unit": "WORKING_HOURS"}},
				   "URGENT": {"acknowledge": {"amount": 15, "unit": "NATURAL_MINUTES"}, "handle": {"amount": 2, "unit": "WORKING_HOURS"}},
				   "VERY_URGENT": {"acknowledge": {"amount": 10, "unit": "NATURAL_MINUTES"}, "handle": {"amount": 1, "unit": "NATURAL_HOURS"}}}}
				""".formatted(baseVersion, lead, coJson);
	}

	/** The edit form as the page posts it, valid but for the lead department given. */
	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, int baseVersion,
			String lead) {
		request.with(ADMIN_PAGE).with(csrf())
			.param("baseVersion", String.valueOf(baseVersion))
			.param("nameZh", "页面测试")
			.param("nameEn", "Page test")
			.param("description", "")
			.param("active", "true")
			.param("leadDepartment", lead);
		String[][] limits = { { "NORMAL", "30", "5", "WORKING_DAYS" }, { "URGENT", "15", "2", "WORKING_DAYS" },
				{ "VERY_URGENT", "10", "4", "WORKING_HOURS" } };
		for (int i = 0; i < limits.length; i++) {
			request.param("limits[" + i + "].urgency", limits[i][0])
				.param("limits[" + i + "].acknowledgeAmount", limits[i][1])
				.param("limits[" + i + "].acknowledgeUnit", "NATURAL_MINUTES")
				.param("limits[" + i + "].handleAmount", limits[i][2])
				.param("limits[" + i + "].handleUnit", limits[i][3]);
		}
		return request;
	}
}
