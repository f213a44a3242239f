package org.steward.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

@IntegrationTest
class CatalogAdminPageTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final RequestPostProcessor OFFICER = user("officer.yuantian1").roles("OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogEditor editor;

	@Autowired
	JdbcCatalog catalog;

	@Test
	void forbidsTheAdminPagesToOtherRoles() throws Exception {
		mvc.perform(get("/admin/catalog").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/catalog/0101").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/catalog/0101").with(OFFICER).with(csrf()).param("nameZh", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsTheReadOnlyCatalogueToAnySignedInUser() throws Exception {
		mvc.perform(get("/catalog").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("消防通道堵塞")))
			.andExpect(content().string(containsString("社会生活噪声")))
			.andExpect(content().string(containsString("消防救援")))
			.andExpect(content().string(not(containsString("/admin/catalog/0101"))));
		mvc.perform(get("/catalog")).andExpect(status().is3xxRedirection());
	}

	@Test
	void listsCategoriesGroupedByMajorClassAndFilters() throws Exception {
		mvc.perform(get("/admin/catalog").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("私搭乱建")))
			.andExpect(content().string(containsString("公用设施")));
		mvc.perform(get("/admin/catalog").with(ADMIN).param("q", "噪声").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("商业经营噪声")))
			.andExpect(content().string(not(containsString("井盖破损"))))
			.andExpect(content().string(not(containsString("<nav"))));
		mvc.perform(get("/admin/catalog").with(ADMIN).param("kind", "COMPONENT"))
			.andExpect(content().string(containsString("井盖破损")))
			.andExpect(content().string(not(containsString("占道经营"))));
	}

	@Test
	void savesAnEditAsANewVersionAndShowsTheHistory() throws Exception {
		CategoryRules first = CatalogTestData.create(editor, catalog, true);

		mvc.perform(validForm(post("/admin/catalog/" + first.code()), first.version(), "limits[0].handleAmount", "6"))
			.andExpect(redirectedUrl("/admin/catalog/" + first.code()));

		CategoryRules second = catalog.current(first.code()).orElseThrow();
		assertThat(second.version()).isEqualTo(first.version() + 1);
		assertThat(second.editedBy()).isEqualTo("admin");
		assertThat(second.handleWithin(Urgency.NORMAL)).isEqualTo(TimeLimit.of(6, LimitUnit.WORKING_DAYS));
		assertThat(second.responsibility()).isEqualTo(Responsibility.lead("FIRE_RESCUE", "URBAN_MANAGEMENT", "PUBLIC_SECURITY"));
		assertThat(catalog.version(first.id()).orElseThrow().handleWithin(Urgency.NORMAL))
			.isEqualTo(TimeLimit.of(4, LimitUnit.WORKING_HOURS));
		mvc.perform(get("/admin/catalog/" + first.code()).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-" + first.version() + "\"")))
			.andExpect(content().string(containsString("id=\"version-" + second.version() + "\"")));
	}

	@Test
	void marksInvalidFieldsAndSavesNothing() throws Exception {
		CategoryRules first = CatalogTestData.create(editor, catalog, true);

		mvc.perform(validForm(post("/admin/catalog/" + first.code()), first.version(),
				"limits[0].acknowledgeAmount", "0", "leadDepartment", "URBAN_MANAGEMENT",
				"coDepartments", "URBAN_MANAGEMENT,NO_SUCH_DEPARTMENT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("本次未保存任何内容")))
			.andExpect(content().string(containsString("须为 1 到 9999 之间的整数")))
			.andExpect(content().string(containsString("牵头部门 URBAN_MANAGEMENT 不能同时作为协办部门")))
			.andExpect(content().string(containsString("未知部门：NO_SUCH_DEPARTMENT")));

		assertThat(catalog.current(first.code())).contains(first);
	}

	@Test
	void createsACategoryUnderAnExistingMajorClass() throws Exception {
		String code = CatalogTestData.unusedCode(catalog);

		mvc.perform(validForm(post("/admin/catalog"), 0, "code", code, "majorCode", code.substring(0, 2)))
			.andExpect(redirectedUrl("/admin/catalog/" + code));

		CategoryRules created = catalog.current(code).orElseThrow();
		assertThat(created.version()).isEqualTo(1);
		assertThat(created.nameEn()).isEqualTo("Page test");
	}

	@Test
	void rejectsADuplicateOrMisplacedCodeAndCreatesNothing() throws Exception {
		mvc.perform(validForm(post("/admin/catalog"), 0, "code", "0101", "majorCode", "01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("分类代码 0101 已存在")));
		assertThat(catalog.history("0101")).extracting(CategoryRules::nameZh).doesNotContain("页面测试");

		String free = CatalogTestData.unusedCode(catalog);
		String otherMajor = free.startsWith("01") ? "02" : "01";
		mvc.perform(validForm(post("/admin/catalog"), 0, "code", free, "majorCode", otherMajor))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("须以所选大类代码 " + otherMajor + " 开头")));
		mvc.perform(validForm(post("/admin/catalog"), 0, "code", "12a", "majorCode", "01"))
			.andExpect(content().string(containsString("须为 4 位数字")));
		assertThat(catalog.categoryExists(free)).isFalse();
	}

	@Test
	void offersTheNewCategoryForm() throws Exception {
		mvc.perform(get("/admin/catalog/new").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"limits[2].handleUnit\"")));
	}

	/** The form as the page would post it, valid, with some fields replaced. */
	private static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, int baseVersion,
			String... replacements) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("baseVersion", new String[] { String.valueOf(baseVersion) });
		fields.put("nameZh", new String[] { "页面测试" });
		fields.put("nameEn", new String[] { "Page test" });
		fields.put("description", new String[] { "" });
		fields.put("active", new String[] { "true" });
		fields.put("leadDepartment", new String[] { "FIRE_RESCUE" });
		fields.put("coDepartments", new String[] { "URBAN_MANAGEMENT", "PUBLIC_SECURITY" });
		String[][] limits = { { "NORMAL", "30", "5", "WORKING_DAYS" }, { "URGENT", "15", "2", "WORKING_DAYS" },
				{ "VERY_URGENT", "10", "4", "WORKING_HOURS" } };
		for (int i = 0; i < limits.length; i++) {
			fields.put("limits[" + i + "].urgency", new String[] { limits[i][0] });
			fields.put("limits[" + i + "].acknowledgeAmount", new String[] { limits[i][1] });
			fields.put("limits[" + i + "].acknowledgeUnit", new String[] { "NATURAL_MINUTES" });
			fields.put("limits[" + i + "].handleAmount", new String[] { limits[i][2] });
			fields.put("limits[" + i + "].handleUnit", new String[] { limits[i][3] });
		}
		for (int i = 0; i < replacements.length; i += 2) {
			fields.put(replacements[i], replacements[i + 1].split(","));
		}
		request.with(ADMIN).with(csrf());
		fields.forEach(request::param);
		return request;
	}
}
