package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.cases.Channel;
import org.steward.cases.NewReport;
import org.steward.catalog.Urgency;

@IntegrationTest
class ReportPageTests extends IntakeTestSupport {

	private static final RequestPostProcessor COMMUNITY = user("community.yuantian").roles("COMMUNITY_STAFF");

	private static final RequestPostProcessor OFFICER = user("officer.yuantian1").roles("OFFICER");

	private static MockMultipartHttpServletRequestBuilder form(String path, String description) {
		return form(path, description, UUID.randomUUID().toString());
	}

	private static MockMultipartHttpServletRequestBuilder form(String path, String description, String submissionKey) {
		MockMultipartHttpServletRequestBuilder form = multipart(path);
		form.param("submissionKey", submissionKey)
			.param("categoryCode", "0101")
			.param("description", description)
			.param("lat", "34.7985")
			.param("lng", "113.683")
			.param("reporterName", "李先生");
		return form;
	}

	@Test
	void showsThePublicReportPageWithoutAnAccount() throws Exception {
		mvc.perform(get("/report"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("report-map")))
			.andExpect(content().string(containsString("私搭乱建")))
			.andExpect(content().string(containsString("市容环境")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("name=\"urgency\""))));
		mvc.perform(get("/report").param("lang", "en"))
			.andExpect(content().string(containsString("Report a problem")))
			.andExpect(content().string(containsString("Use my location")));
	}

	@Test
	void keepsWhatWasTypedAndMarksEveryBadField() throws Exception {
		long before = reports();
		mvc.perform(multipart("/report").with(csrf())
			.param("categoryCode", "")
			.param("description", "一段保留的描述文字")
			.param("reporterPhone", "12345")
			.param("address", "园田路口"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择问题类别")))
			.andExpect(content().string(containsString("请在地图上标出位置")))
			.andExpect(content().string(containsString("请填写手机号")))
			.andExpect(content().string(containsString("一段保留的描述文字")))
			.andExpect(content().string(containsString("value=\"园田路口\"")))
			.andExpect(content().string(containsString("value=\"12345\"")))
			.andExpect(content().string(containsString("aria-describedby=\"reporterPhone-error\" aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("id=\"reporterPhone-error\"")));
		mvc.perform(multipart("/report").param("lang", "en").with(csrf())
			.param("categoryCode", "")
			.param("description", "一段保留的描述文字"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a category")))
			.andExpect(content().string(containsString("Mark the spot on the map")))
			.andExpect(content().string(not(containsString("请选择问题类别"))));
		assertThat(reports()).isEqualTo(before);
		verify(cases, never()).register(any());
	}

	@Test
	void aCaseThatNoLongerTakesVoicesIsExplainedAtTheFieldInTheReadersLanguage() throws Exception {
		org.steward.cases.CaseNumber closed = org.steward.cases.CaseNumber.of("410105", 2026, 4242);
		org.mockito.Mockito.when(cases.addSupporter(org.mockito.ArgumentMatchers.eq(closed), any()))
			.thenThrow(org.steward.cases.CaseRefusals.noLongerOpen(closed, org.steward.cases.CaseStatus.CLOSED));
		// offered a moment ago, closed since; the offer's code is accepted in small letters too
		org.mockito.Mockito.when(cases.openNear(any(), any(), org.mockito.ArgumentMatchers.anyDouble(),
				org.mockito.ArgumentMatchers.anyInt()))
			.thenReturn(java.util.List.of(new org.steward.cases.Cases.NearbyCase(closed, "CKSD234567", "0101",
					org.steward.cases.CaseStatus.DISPATCHED, 10, 1, java.time.Instant.now())));
		mvc.perform(form("/report", unique("同一个问题再报一次")).param("joinCase", "cksd234567").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("案件 410105-2026-004242 已不在办理中（已结案）")));
		mvc.perform(form("/report", unique("同一个问题再报一次")).param("lang", "en").param("joinCase", "CKSD234567")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Case 410105-2026-004242 is no longer open (Closed)")));
	}

	@Test
	void redirectsToTheTrackingCodeAfterAReport() throws Exception {
		byte[] photo = TestPhotos.jpeg();
		MvcResult result = mvc
			.perform(form("/report", unique("楼顶在搭彩钢房")).file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", photo))
				.file(new MockMultipartFile("photos", "", "application/octet-stream", new byte[0]))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/report/done/*"))
			.andExpect(flash().attributeExists("receipt"))
			.andReturn();
		NewReport sent = lastRegistered();
		assertThat(sent.channel()).isEqualTo(Channel.PUBLIC);
		assertThat(sent.photos()).hasSize(1);
		assertThat(stored(photo)).isTrue();
		String location = result.getResponse().getRedirectedUrl();
		String code = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(get(location).flashAttr("receipt", result.getFlashMap().get("receipt")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("/track/" + code)))
			.andExpect(content().string(containsString("园田社区执法服务站")))
			.andExpect(content().string(not(containsString("id=\"done-case\""))));
		mvc.perform(get(location)).andExpect(status().isOk()).andExpect(content().string(containsString(code)));
		mvc.perform(get("/report/done/not-a-code")).andExpect(status().isNotFound());
	}

	@Test
	void aResentFormRegistersOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		String description = unique("重复提交的表单");
		for (int i = 0; i < 2; i++) {
			mvc.perform(form("/report", description, key).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		verify(cases, org.mockito.Mockito.times(1)).register(any());
	}

	@Test
	void letsCommunityStaffBlowTheWhistleWithUrgency() throws Exception {
		mvc.perform(get("/whistle").with(COMMUNITY))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社区吹哨")))
			.andExpect(content().string(containsString("name=\"urgency\"")));
		MvcResult result = mvc
			.perform(form("/whistle", unique("小区门口占道经营")).param("urgency", "URGENT").with(COMMUNITY).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		ReportReceipt answer = (ReportReceipt) result.getFlashMap().get("receipt");
		String number = answer.caseNumber().value();
		// staff go on with the case itself: the done page names and links it (residents see the tracking code only)
		mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttr("receipt", answer).with(COMMUNITY))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"done-case\"")))
			.andExpect(content().string(containsString("/cases/" + number)));
		NewReport sent = lastRegistered();
		assertThat(sent.channel()).isEqualTo(Channel.WHISTLE);
		assertThat(sent.submittedBy()).isEqualTo("community.yuantian");
		assertThat(sent.urgency()).isEqualTo(Urgency.URGENT);
	}

	@Test
	void recordsAnOfficersPatrolFinding() throws Exception {
		mvc.perform(form("/patrol/new", unique("巡查发现违建苗头")).with(OFFICER).with(csrf()))
			.andExpect(status().is3xxRedirection());
		NewReport sent = lastRegistered();
		assertThat(sent.channel()).isEqualTo(Channel.PATROL);
		assertThat(sent.submittedBy()).isEqualTo("officer.yuantian1");
	}

	@Test
	void keepsTheStaffPagesForTheirRoles() throws Exception {
		mvc.perform(get("/whistle")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/whistle").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(get("/patrol/new").with(COMMUNITY)).andExpect(status().isForbidden());
		mvc.perform(get("/patrol/new").with(OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("巡查发现")));
	}

	@Test
	void mapsApiFieldsToFormFields() {
		assertThat(Map.of("location.lat", ReportPageController.formField("location.lat"), "photos[3]",
				ReportPageController.formField("photos[3]"), "reporter.phone",
				ReportPageController.formField("reporter.phone")))
			.containsEntry("location.lat", "location")
			.containsEntry("photos[3]", "photos")
			.containsEntry("reporter.phone", "reporterPhone");
	}
}
