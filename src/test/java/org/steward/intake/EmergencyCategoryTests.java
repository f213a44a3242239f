package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.PageVisitor;
import org.steward.catalog.Catalog;

/**
 * Emergencies (fire, burst pipe, road collapse…) are marked in the catalogue: the report form puts
 * "call 119 / 110 / 120" in front of the reporter, and the administrator may keep them off the public form.
 */
@IntegrationTest
class EmergencyCategoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Test
	void theCatalogueMarksFireBurstPipesAndRoadCollapseAsEmergencies() {
		assertThat(catalog.handling("0404").emergency()).isTrue();
		assertThat(catalog.handling("0401").emergency()).isTrue();
		assertThat(catalog.handling("0402").emergency()).isTrue();
		assertThat(catalog.handling("0502").emergency()).isFalse();
	}

	@Test
	void theReportFormCarriesTheEmergencyNoticeForEmergencyCategories() throws Exception {
		String page = mvc.perform(get("/report")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"emergency-notice\"").contains("119").contains("120").contains("0404");
		String chosen = mvc.perform(post("/report").param("categoryCode", "0404")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// sent back with a fire chosen (and other fields missing): the notice shows without any script
		assertThat(chosen).containsPattern("id=\"emergency-notice\" class=\"alert alert-danger fw-semibold\"");
	}

	@Test
	void anAdministratorKeepsAnEmergencyOffThePublicFormButStaffStillFileIt() throws Exception {
		PageVisitor admin = PageVisitor.signIn(mvc, "admin");
		admin.read("/admin/catalog/0404");
		try {
			assertThat(admin.submitAndFollow("/admin/catalog/0404/handling", "emergency", "true")).isEqualTo(
					"/admin/catalog/0404");
			assertThat(catalog.handling("0404").offeredToPublic()).isFalse();

			String publicForm = mvc.perform(get("/report")).andReturn().getResponse().getContentAsString();
			assertThat(publicForm).doesNotContain("value=\"0404\"").contains("id=\"emergency-hint\"");
			mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("""
					{"categoryCode":"0404","description":"楼下垃圾桶着火了","location":{"lat":34.7985,"lng":113.683}}"""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("categoryCode"))
				.andExpect(jsonPath("$.errors[0].code").value("intake.refused.category.notOffered"));

			String whistle = PageVisitor.signIn(mvc, "community.yuantian").read("/whistle");
			assertThat(whistle).contains("value=\"0404\"");
		}
		finally {
			admin.read("/admin/catalog/0404");
			admin.submitAndFollow("/admin/catalog/0404/handling", "emergency", "true", "offeredToPublic", "true");
		}
		assertThat(catalog.handling("0404").offeredToPublic()).isTrue();
	}
}
