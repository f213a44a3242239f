package org.steward.territory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

@IntegrationTest
class TerritoryAdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Test
	void showsTheStoredTerritoryPerDistrictToAnAdministrator() throws Exception {
		mvc.perform(get("/admin/territory").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"territory-counts\"")))
			.andExpect(content().string(containsString("金水区")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void showsThePageInEnglish() throws Exception {
		mvc.perform(get("/admin/territory").param("lang", "en").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Territory and grids")))
			.andExpect(content().string(containsString("Jinshui District")));
	}

	@Test
	void importsAnUploadedFileAndRedirectsWithASummary() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "chain.geojson", "application/geo+json",
				TerritoryFiles.validChain("910030").bytes());

		mvc.perform(multipart("/admin/territory").file(file).with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/territory"))
			.andExpect(flash().attributeExists("imported"));

		org.assertj.core.api.Assertions.assertThat(territory.gridsOf("910030001001")).hasSize(2);
	}

	@Test
	void listsEveryProblemOfARejectedUploadAgainstItsFeature() throws Exception {
		double[] o = TerritoryFiles.origin("910031");
		TerritoryFiles bad = TerritoryFiles.validChain("910031")
			.add("grid", "910031001001003", null, o[0] + 0.9, o[1] + 0.9, o[0] + 1.2, o[1] + 0.95)
			.add("grid", "910031001009001", null, o[0], o[1], o[0] + 0.1, o[1] + 0.1);
		MockMultipartFile file = new MockMultipartFile("file", "bad.geojson", "application/geo+json", bad.bytes());

		mvc.perform(multipart("/admin/territory").file(file).param("lang", "en").with(csrf())
			.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-problems\"")))
			.andExpect(content().string(containsString("features[5]")))
			.andExpect(content().string(containsString("910031001001003")))
			.andExpect(content().string(containsString("grid is not within its community 910031001001")))
			.andExpect(content().string(containsString("features[6]")))
			.andExpect(content().string(containsString("parent 910031001009 is neither in the file nor stored")));

		org.assertj.core.api.Assertions.assertThat(territory.unit("910031")).isEmpty();
	}

	@Test
	void rejectsAnEmptyUploadWithAMessage() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "empty.geojson", "application/geo+json", new byte[0]);

		mvc.perform(multipart("/admin/territory").file(file).with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件为空")));
	}

	@Test
	void refusesTheUploadPageToOtherRoles() throws Exception {
		mvc.perform(get("/admin/territory").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
		MockMultipartFile file = new MockMultipartFile("file", "chain.geojson", "application/geo+json",
				TerritoryFiles.validChain("910032").bytes());
		mvc.perform(multipart("/admin/territory").file(file).with(csrf()).with(user("command").roles("COMMAND_CENTRE")))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(territory.unit("910032")).isEmpty();
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/admin/territory"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesAnUploadWithoutTheCsrfToken() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "chain.geojson", "application/geo+json",
				TerritoryFiles.validChain("910033").bytes());
		mvc.perform(multipart("/admin/territory").file(file).with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(territory.unit("910033")).isEmpty();
	}

	@Test
	void doesNotShowProblemsOnAPlainVisit() throws Exception {
		mvc.perform(get("/admin/territory").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(not(containsString("id=\"import-problems\""))));
	}
}
