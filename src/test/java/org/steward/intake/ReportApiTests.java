package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.evidence.PhotoInspector;
import org.steward.IntegrationTest;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseStatus;
import org.steward.cases.Cases;
import org.steward.cases.Channel;
import org.steward.cases.NewReport;
import org.steward.cases.RegisteredCase;
import org.steward.cases.TrackingCode;
import org.steward.catalog.Urgency;
import org.steward.privacy.PersonalData;
import org.steward.territory.GeoPoint;

@IntegrationTest
class ReportApiTests extends IntakeTestSupport {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	PersonalData personalData;

	private static String json(String description) {
		return """
				{"categoryCode":"0101","description":"%s","location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
				 "address":"园田路 1 号","reporter":{"name":"王女士","phone":"13812345678"}}""".formatted(description);
	}

	private static MockMultipartFile reportPart(String json) {
		return new MockMultipartFile("report", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
	}

	private static MockMultipartFile photo(byte[] bytes, String declaredType) {
		return new MockMultipartFile("photos", "photo.jpg", declaredType, bytes);
	}

	private static MockMultipartHttpServletRequestBuilder multipartReport() {
		return multipart("/api/v1/reports");
	}

	@Test
	void registersAResidentsReportAndAnswersWithItsCase() throws Exception {
		long before = reports();
		mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(json(unique("违建正在搭框架"))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/track/")))
			.andExpect(jsonPath("$.caseNumber").exists())
			.andExpect(jsonPath("$.trackingCode").exists())
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.grid.code").value("410105010001001"))
			.andExpect(jsonPath("$.station.code").value("yuantian"))
			.andExpect(jsonPath("$.deadlines.acknowledgeBy").value(ACK_BY.toString()))
			.andExpect(jsonPath("$.deadlines.handleBy").value(HANDLE_BY.toString()))
			.andExpect(jsonPath("$.duplicates", hasSize(0)))
			.andExpect(content().string(not(containsString("13812345678"))))
			.andExpect(content().string(not(containsString("王女士"))));
		assertThat(reports()).isEqualTo(before + 1);
		NewReport sent = lastRegistered();
		assertThat(sent.channel()).isEqualTo(Channel.PUBLIC);
		assertThat(sent.submittedBy()).isNull();
		assertThat(sent.urgency()).isEqualTo(Urgency.NORMAL);
		assertThat(sent.reporter()).isEqualTo(new NewReport.Reporter("王女士", "13812345678"));
		assertThat(jdbc.sql("select reporter_phone, case_number from intake_report where id = :id")
			.param("id", sent.reportId())
			.query((rs, row) -> personalData.open(rs.getString(1)) + " " + rs.getString(1).startsWith("sm4g1:") + " "
					+ (rs.getString(2) != null))
			.single()).as("the phone is stored sealed and opens to what was given").isEqualTo("13812345678 true true");
	}

	@Test
	void recordsTheSenderOfAnAuthenticatedReport() throws Exception {
		mvc.perform(post("/api/v1/reports").with(jwt().jwt(j -> j.subject("command")))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("夜间施工噪声"))))
			.andExpect(status().isCreated());
		NewReport sent = lastRegistered();
		assertThat(sent.channel()).isEqualTo(Channel.API);
		assertThat(sent.submittedBy()).isEqualTo("command");
	}

	@Test
	void namesEveryBadFieldInOneProblemAndStoresNothing() throws Exception {
		long before = reports();
		String bad = """
				{"categoryCode":"9999","description":"短","location":{"lat":95,"lng":200,"crs":"UTM"},
				 "urgency":"SOON","reporter":{"phone":"12345"}}""";
		mvc.perform(post("/api/v1/reports").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:steward:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("categoryCode", "description", "location.lat",
					"location.lng", "location.crs", "urgency", "reporter.phone")))
			.andExpect(jsonPath("$.errors[?(@.field == 'categoryCode')].code").value("intake.refused.category.unknown"))
			.andExpect(jsonPath("$.errors[?(@.field == 'categoryCode')].message").value("Unknown category 9999"));
		mvc.perform(post("/api/v1/reports").header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'categoryCode')].message").value("未知的问题类别 9999"));
		assertThat(reports()).isEqualTo(before);
		verify(cases, never()).register(any());
	}

	@Test
	void answersARetryWithTheFirstAnswerAndRegistersOnce() throws Exception {
		String key = "retry-" + UUID.randomUUID();
		String body = json(unique("占道经营"));
		long before = reports();
		MvcResult first = mvc
			.perform(post("/api/v1/reports").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		mvc.perform(post("/api/v1/reports").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(header().string("Location", first.getResponse().getHeader("Location")))
			.andExpect(content().string(first.getResponse().getContentAsString()));
		verify(cases, times(1)).register(any());
		assertThat(reports()).isEqualTo(before + 1);
	}

	@Test
	void refusesTheSameKeyWithAnotherRequest() throws Exception {
		String key = "reuse-" + UUID.randomUUID();
		mvc.perform(post("/api/v1/reports").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("暴露垃圾")))).andExpect(status().isCreated());
		long before = reports();
		mvc.perform(post("/api/v1/reports").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("另一件事情"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
			.andExpect(jsonPath("$.errors[0].code").value("intake.refused.idempotencyKey.reused"));
		assertThat(reports()).isEqualTo(before);
		verify(cases, times(1)).register(any());
	}

	@Test
	void refusesAMalformedIdempotencyKey() throws Exception {
		mvc.perform(post("/api/v1/reports").header("Idempotency-Key", "x".repeat(129))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("暴露垃圾"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
	}

	@Test
	void theLoserOfARaceOnOneKeyAnswersWithTheWinnersAnswerAndLeavesNothing() throws Exception {
		String key = "race-" + UUID.randomUUID();
		String body = json(unique("消防通道堵塞"));
		byte[] image = TestPhotos.png();
		long before = reports();
		long photosBefore = photoRows();
		String hash = hashOf(body, image);
		String winner = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(new ReportReceipt(
				CaseNumber.of("410105", 2026, 99), new TrackingCode("WXNNER2345"), CaseStatus.DISPATCHED, null, null,
				new ReportReceipt.Deadlines(ACK_BY, HANDLE_BY), List.of(), false));
		// while this request is registering, a concurrent one with the same key and request commits first
		when(cases.register(any())).thenAnswer(invocation -> {
			TransactionTemplate other = new TransactionTemplate(transactions);
			other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			other.executeWithoutResult(status -> jdbc.sql("""
					insert into intake_idempotency (idempotency_key, request_hash, status, response_body, tracking_code, created_at)
					values (:key, :hash, 201, :body, 'WXNNER2345', :at)""")
				.param("key", key)
				.param("hash", hash)
				.param("body", winner)
				.param("at", Timestamp.from(Instant.now()))
				.update());
			return registered();
		});
		mvc.perform(multipartReport().file(reportPart(body)).file(photo(image, "image/png")).header("Idempotency-Key", key))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.trackingCode").value("WXNNER2345"))
			.andExpect(jsonPath("$.caseNumber").value("410105-2026-000099"))
			.andExpect(content().json(winner, org.springframework.test.json.JsonCompareMode.STRICT));
		assertThat(reports()).isEqualTo(before);
		assertThat(photoRows()).isEqualTo(photosBefore);
		assertThat(stored(image)).as("the loser's photo file is removed again").isFalse();
	}

	@Autowired
	ReportIntake intake;

	private String hashOf(String body, byte[] image) throws Exception {
		ReportRequest request = tools.jackson.databind.json.JsonMapper.builder().build().readValue(body, ReportRequest.class);
		return intake.requestHash(new ReportDraft(request, List.of(new PhotoUpload("photo.jpg", "image/png", image)),
				Channel.PUBLIC, null, "any"));
	}

	@Test
	void storesPhotosByTheirContentAndPassesThemToTheCase() throws Exception {
		byte[] png = TestPhotos.png();
		byte[] jpeg = TestPhotos.jpeg();
		mvc.perform(multipartReport().file(reportPart(json(unique("井盖破损"))))
			.file(photo(png, "image/jpeg"))
			.file(photo(jpeg, "image/jpeg")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingCode").exists());
		NewReport sent = lastRegistered();
		assertThat(sent.photos()).extracting(e -> e.contentType()).containsExactly("image/png", "image/jpeg");
		assertThat(sent.photos()).extracting(e -> e.sha256())
			.containsExactly(PhotoInspector.sha256(PhotoInspector.cleaned(png).orElseThrow()),
				PhotoInspector.sha256(PhotoInspector.cleaned(jpeg).orElseThrow()));
		assertThat(stored(png)).isTrue();
		assertThat(stored(jpeg)).isTrue();
		assertThat(jdbc.sql("select content_type from intake_photo where report_id = :id order by sort_order")
			.param("id", sent.reportId())
			.query(String.class)
			.list()).containsExactly("image/png", "image/jpeg");
	}

	@Test
	void refusesATextFileDeclaredAsAPhoto() throws Exception {
		long before = reports();
		mvc.perform(multipartReport().file(reportPart(json(unique("小广告"))))
			.header("Accept-Language", "en")
			.file(photo(TestPhotos.jpeg(), "image/jpeg"))
			.file(photo("#!/bin/sh\necho hi".getBytes(StandardCharsets.UTF_8), "image/jpeg")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("photos[1]")))
			.andExpect(jsonPath("$.errors[0].message").value("Only JPEG, PNG or WebP photos"));
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void refusesTooManyAndTooBigPhotos() throws Exception {
		MockMultipartHttpServletRequestBuilder seven = multipartReport().file(reportPart(json(unique("积存渣土"))));
		for (int i = 0; i < 7; i++) {
			seven.file(photo(TestPhotos.jpeg(), "image/jpeg"));
		}
		mvc.perform(seven.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photos"))
			.andExpect(jsonPath("$.errors[0].message").value("At most 6 photos"));
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(TestPhotos.png(), 0, big, 0, 8);
		mvc.perform(multipartReport().file(reportPart(json(unique("积存渣土")))).file(photo(big, "image/png")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photos[0]"));
		verify(cases, never()).register(any());
	}

	@Test
	void placesAReportWithoutLocationByItsPhotosGps() throws Exception {
		String noLocation = """
				{"categoryCode":"0102","description":"%s"}""".formatted(unique("垃圾堆在路边"));
		mvc.perform(multipartReport().file(reportPart(noLocation))
			.file(photo(TestPhotos.jpegWithGps(34.7985, 113.683), "image/jpeg")))
			.andExpect(status().isCreated());
		NewReport sent = lastRegistered();
		assertThat(sent.location().lat()).isCloseTo(34.7985, within(1e-6));
		assertThat(sent.location().lng()).isCloseTo(113.683, within(1e-6));
		assertThat(jdbc.sql("select location_source from intake_report where id = :id")
			.param("id", sent.reportId())
			.query(String.class)
			.single()).isEqualTo("EXIF");

		mvc.perform(multipartReport().file(reportPart(noLocation)).file(photo(TestPhotos.jpeg(), "image/jpeg")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("location"));
	}

	@Test
	void removesThePhotosOfAReportWhoseCaseIsRefused() throws Exception {
		when(cases.register(any())).thenThrow(org.steward.cases.CaseRefusals.changedMeanwhile(CaseNumber.of("410105", 2026, 1)));
		byte[] image = TestPhotos.jpeg();
		long before = reports();
		long photosBefore = photoRows();
		mvc.perform(multipartReport().file(reportPart(json(unique("路灯损坏")))).file(photo(image, "image/jpeg")))
			.andExpect(status().isConflict());
		assertThat(reports()).isEqualTo(before);
		assertThat(photoRows()).isEqualTo(photosBefore);
		assertThat(stored(image)).isFalse();
	}

	@Test
	void listsOpenCasesNearbyAndInTheAnswer() throws Exception {
		Cases.NearbyCase near = new Cases.NearbyCase(CaseNumber.of("410105", 2026, 7), "NEARBY2345",
				"0502", CaseStatus.ACKNOWLEDGED, 12.34, 3, Instant.parse("2026-11-26T01:00:00Z"));
		when(cases.openNear(eq("0502"), any(GeoPoint.class), eq(50.0), eq(72))).thenReturn(List.of(near));
		mvc.perform(get("/api/v1/reports/nearby").param("category", "0502").param("lat", "34.7985").param("lng", "113.683"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].joinCode").value("NEARBY2345"))
			.andExpect(jsonPath("$[0].trackingCode").doesNotExist())
			.andExpect(jsonPath("$[0].status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$[0].distanceMetres").value(12.3))
			.andExpect(jsonPath("$[0].supporters").value(3))
			.andExpect(jsonPath("$[0].caseNumber").doesNotExist());
		mvc.perform(get("/api/v1/reports/nearby").param("category", "0502").param("lat", "34.7985").param("lng", "113.683")
			.param("crs", "UTM")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("crs"));

		String report = json(unique("占道摆摊")).replace("\"0101\"", "\"0502\"");
		mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(report))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicates[0].joinCode").value("NEARBY2345"))
			.andExpect(jsonPath("$.duplicates[0].trackingCode").doesNotExist())
			.andExpect(jsonPath("$.joined").value(false));
	}

	@Test
	void joinsAnOpenCaseNearbyInsteadOfOpeningANewOne() throws Exception {
		CaseNumber open = CaseNumber.of("410105", 2026, 8);
		Cases.NearbyCase near = new Cases.NearbyCase(open, "JXNMEW2345", "0502", CaseStatus.DISPATCHED,
				20, 1, Instant.parse("2026-11-26T01:00:00Z"));
		when(cases.openNear(eq("0502"), any(GeoPoint.class), anyDouble(), anyInt())).thenReturn(List.of(near));
		when(cases.addSupporter(eq(open), any())).thenReturn(new RegisteredCase(open, new TrackingCode("WNCDEF2345"),
				CaseStatus.DISPATCHED, GRID, STATION, ACK_BY, HANDLE_BY, true));
		String join = json(unique("同一个摊贩")).replace("\"0101\"", "\"0502\"").replace("}}", "},\"joinCase\":\"JXNMEW2345\"}");
		mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(join))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.joined").value(true))
			.andExpect(jsonPath("$.trackingCode").value("WNCDEF2345"))
			.andExpect(jsonPath("$.duplicates", hasSize(0)));
		verify(cases, never()).register(any());
		verify(cases).addSupporter(eq(open), any());

		String unknown = join.replace("JXNMEW2345", "NXTNEAR234");
		mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(unknown))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("joinCase"));
	}
}
