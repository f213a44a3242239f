package org.steward.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryHandling;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseStep;
import org.steward.cases.Cases;
import org.steward.cases.Channel;
import org.steward.cases.NewReport;
import org.steward.cases.RegisteredCase;
import org.steward.catalog.Urgency;
import org.steward.identity.Accounts;
import org.steward.intake.TestPhotos;
import org.steward.territory.GeoPoint;

/**
 * Photos as evidence in pairs: for a category the administrator marks so, arriving needs a "before"
 * photo and handling an after-photo; the verifier sees the report's, the before and the after photos
 * side by side, each opening full size for whoever may see the case.
 */
@IntegrationTest
class HandlingPhotoPairTests {

	private static final String CATEGORY = "0502";

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	Catalog catalog;

	@Autowired
	CaseQueries queries;

	@Autowired
	Accounts accounts;

	private final RequestPostProcessor admin = user("admin").roles("ADMIN");

	private final RequestPostProcessor officer = user("officer.yuantian1").roles("OFFICER");

	private final RequestPostProcessor head = user("station.yuantian").roles("STATION_HEAD");

	private void setHandling(CategoryHandling h) throws Exception {
		mvc.perform(post("/admin/catalog/{c}/handling", CATEGORY).with(admin).with(csrf())
			.param("emergency", String.valueOf(h.emergency()))
			.param("offeredToPublic", String.valueOf(h.offeredToPublic()))
			.param("afterPhotoRequired", String.valueOf(h.afterPhotoRequired()))
			.param("beforePhotoRequired", String.valueOf(h.beforePhotoRequired())))
			.andExpect(status().is3xxRedirection());
	}

	private MockMultipartFile photo() {
		return new MockMultipartFile("photos", "spot.jpg", "image/jpeg", TestPhotos.jpeg());
	}

	private MockMultipartFile noPhoto() {
		return new MockMultipartFile("photos", "", "application/octet-stream", new byte[0]);
	}

	@Test
	void aMarkedCategoryNeedsABeforeAndAnAfterPhotoAndTheVerifierSeesThemSideBySide() throws Exception {
		CategoryHandling was = catalog.handling(CATEGORY);
		try {
			setHandling(new CategoryHandling(was.emergency(), was.offeredToPublic(), true, true));
			assertThat(catalog.handling(CATEGORY).beforePhotoRequired()).isTrue();
			RegisteredCase c = cases.register(new NewReport(java.util.concurrent.ThreadLocalRandom.current()
				.nextLong(1_000_000_000L, Long.MAX_VALUE), Channel.PUBLIC, CATEGORY, "占道经营（照片成对测试）",
					new GeoPoint(34.7985, 113.6830), "园田路 1 号", Urgency.NORMAL, null, null, List.of(), Instant.now()));
			String n = c.caseNumber().value();
			mvc.perform(post("/cases/{n}/actions/acknowledge", n).with(officer).with(csrf()))
				.andExpect(redirectedUrl("/cases/" + n));

			// arriving without a before-photo is refused, and nothing moves
			mvc.perform(multipart("/cases/{n}/actions/arrive", n).file(noPhoto()).param("lat", "34.7985")
				.param("lng", "113.6830").with(officer).with(csrf()))
				.andExpect(redirectedUrl("/cases/" + n))
				.andExpect(flash().attribute("handleError", "此类问题到场时必须拍摄处置前的现场照片。"));
			assertThat(detail(n).summary().status().name()).isEqualTo("ACKNOWLEDGED");

			mvc.perform(multipart("/cases/{n}/actions/arrive", n).file(photo()).param("lat", "34.7985")
				.param("lng", "113.6830").with(officer).with(csrf()))
				.andExpect(redirectedUrl("/cases/" + n))
				.andExpect(flash().attribute("done", "arrive"));
			mvc.perform(multipart("/cases/{n}/actions/handle", n).file(noPhoto()).param("result", "已劝离")
				.with(officer).with(csrf()))
				.andExpect(flash().attribute("handleError", "此类问题处置时必须上传处置后的照片。"));
			mvc.perform(multipart("/cases/{n}/actions/handle", n)
				.file(new MockMultipartFile("photos", "after.png", "image/png", TestPhotos.png()))
				.param("result", "已劝离，路口恢复通行")
				.with(officer).with(csrf()))
				.andExpect(flash().attribute("done", "handle"));

			CaseDetail handled = detail(n);
			String before = handled.timeline().stream().filter(t -> t.action() == CaseStep.ARRIVE).findFirst()
				.orElseThrow().evidence().getFirst().sha256();
			String after = handled.timeline().stream().filter(t -> t.action() == CaseStep.HANDLE).findFirst()
				.orElseThrow().evidence().getFirst().sha256();
			String page = mvc.perform(get("/cases/{n}", n).with(head)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(page).contains("id=\"verify-photos\"", "id=\"verify-before\"", "id=\"verify-after\"")
				.contains("/cases/" + n + "/photos/" + before)
				.contains("/cases/" + n + "/photos/" + after);
			assertThat(page.indexOf("/photos/" + before, page.indexOf("id=\"verify-before\"")))
				.isLessThan(page.indexOf("id=\"verify-after\""));
			// full size for whoever may see the case, and for no one else
			mvc.perform(get("/cases/{n}/photos/{h}", n, before).with(head)).andExpect(status().isOk());
			mvc.perform(get("/cases/{n}/photos/{h}", n, before).with(user("liaison.public_security")
				.roles("DEPARTMENT_LIAISON"))).andExpect(status().isForbidden());
		}
		finally {
			setHandling(was);
		}
	}

	private CaseDetail detail(String number) {
		return queries.detail(new CaseNumber(number), accounts.byUsername("station.yuantian").orElseThrow());
	}
}
