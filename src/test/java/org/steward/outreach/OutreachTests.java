package org.steward.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.anonymous;
import static org.steward.ApiCaller.tokenOf;
import static org.steward.parties.TestCreditCodes.creditCode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.PageVisitor;

import com.jayway.jsonpath.JsonPath;

/**
 * The done-when scenario through the API, on a fixed clock across two weeks: the station
 * head plans a weekly slot; in week one the officer opens its session, three registered merchants
 * and two walk-ins sign in through the QR link, the session is recorded as held; week two's slot
 * passes with no session (missed). Each attendance is in the party's history and in the coverage;
 * the ladder no longer treats an attendee's storefront overflow as a first violation.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class OutreachTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void weeklySlotHeldWithQrSignInsThenMissedShowsInHistoryCoverageAndTheLadder() throws Exception {
		String head = tokenOf(mvc, "station.yuantian");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		List<Long> merchants = List.of(registerMerchant(head, "东风路甲店" + suffix), registerMerchant(head, "东风路乙店" + suffix),
				registerMerchant(head, "东风路丙店" + suffix));
		long neverEducated = registerMerchant(head, "东风路丁店" + suffix);
		long storefrontBasis = basisFor("0503");

		// a weekly slot on Tuesdays, from a Tuesday at least a week ahead of the clock
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate week1 = today.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		LocalDate week2 = week1.plusDays(7);
		String slot = call(head, "/api/v1/outreach/slots", """
				{"stationCode":"yuantian","weekday":2,"startTime":"10:00","durationMinutes":90,"audience":"MERCHANTS",
				 "topic":"门前三包与店外经营（%s）","place":"东风路沿街商铺","officers":["officer.yuantian1"],
				 "validFrom":"%s","validTo":"%s"}""".formatted(suffix, week1, week2))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.weekday").value("TUESDAY"))
			.andReturn().getResponse().getContentAsString();
		long slotId = ((Number) JsonPath.read(slot, "$.id")).longValue();

		// week one, 10:05: the officer opens the slot's session and shows its QR code
		moveTo(week1, LocalTime.of(10, 5));
		String officer = tokenOf(mvc, "officer.yuantian1");
		String session = call(officer, "/api/v1/outreach/sessions", """
				{"slotId":%d,"slotDate":"%s","format":"LECTURE","legalBasisIds":[%d],
				 "lat":34.7985,"lng":113.6830,
				 "materials":[{"title":"门前三包告知书","copies":40},{"title":"《城市市容和环境卫生管理条例》宣传册","copies":25}]}"""
			.formatted(slotId, week1, storefrontBasis))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.audience").value("MERCHANTS"))
			.andExpect(jsonPath("$.materials.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		long sessionId = ((Number) JsonPath.read(session, "$.id")).longValue();
		String link = mvc.perform(get("/api/v1/outreach/sessions/" + sessionId + "/sign-in-link")
			.header("Authorization", "Bearer " + officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.svg").value(org.hamcrest.Matchers.startsWith("<svg")))
			.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(link, "$.token");
		assertThat((String) JsonPath.read(link, "$.url")).contains("/outreach/sign-in?t=");

		// the QR page opens without an account; three representatives of registered parties and two walk-ins sign in
		mvc.perform(get("/outreach/sign-in").param("t", token))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("东风路甲店" + suffix)));
		for (int i = 0; i < 3; i++) {
			signIn(token, "代表" + i, "1390000" + (1000 + i) + "", merchants.get(i)).andExpect(status().isCreated());
		}
		signIn(token, "路过居民甲", "13700001111", null).andExpect(status().isCreated());
		signIn(token, "路过居民乙", "13700002222", null).andExpect(status().isCreated());
		call(officer, "/api/v1/outreach/sessions/" + sessionId + "/held",
				"{\"walkInHeadcount\":6,\"consultations\":4,\"notes\":\"现场解答商户咨询\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.heldAt").isNotEmpty());

		// week two: the slot's time passes with no session
		moveTo(week2, LocalTime.of(14, 0));
		String squad = tokenOf(mvc, "squad.dongfeng");
		String calendar = mvc.perform(get("/api/v1/outreach/calendar").param("squad", "dongfeng")
			.param("from", week1.toString()).param("to", week2.toString())
			.header("Authorization", "Bearer " + squad))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> mine = JsonPath.read(calendar, "$.entries[?(@.slotId == " + slotId + ")]");
		assertThat(mine).extracting(e -> e.get("date") + " " + e.get("status"))
			.containsExactly(week1 + " HELD", week2 + " MISSED");

		String coverage = mvc.perform(get("/api/v1/outreach/coverage").param("station", "yuantian")
			.param("from", week1.with(DayOfWeek.MONDAY).toString()).param("to", week2.with(DayOfWeek.SUNDAY).toString())
			.header("Authorization", "Bearer " + head()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(coverage, "$.held")).isGreaterThanOrEqualTo(1);
		assertThat((Integer) JsonPath.read(coverage, "$.missed")).isGreaterThanOrEqualTo(1);
		assertThat((Integer) JsonPath.read(coverage, "$.attendances")).isGreaterThanOrEqualTo(5);
		List<String> missedDates = JsonPath.read(coverage, "$.missedEntries[?(@.slotId == " + slotId + ")].date");
		assertThat(missedDates).containsExactly(week2.toString());
		List<Integer> never = JsonPath.read(coverage, "$.neverReached[*].id");
		assertThat(never).contains((int) neverEducated).doesNotContainAnyElementsOf(merchants.stream().map(Long::intValue).toList());
		List<Integer> reachedMerchants = JsonPath.read(coverage, "$.byType[?(@.type == 'MERCHANT')].reached");
		assertThat(reachedMerchants).singleElement().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(3));

		// each attendance is in the party's history, in the API and on its page
		for (long party : merchants) {
			mvc.perform(get("/api/v1/parties/" + party).header("Authorization", "Bearer " + head()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.attendance[0].sessionId").value(sessionId))
				.andExpect(jsonPath("$.attendance[0].via").value("QR"));
			assertThat(PageVisitor.signIn(mvc, "station.yuantian").read("/parties/" + party)).contains("参加普法宣讲")
				.contains("/outreach/sessions/" + sessionId);
		}

		// the ladder: an attendee's storefront overflow is no longer "first"; a never-educated merchant's still is
		String number = anonymous(mvc).report("0503", "沿街商铺门前摆放货物（普法后）");
		String officerNow = tokenOf(mvc, "officer.yuantian1");
		mvc.perform(get("/api/v1/cases/" + number + "/measures/suggestion").param("partyId", "" + merchants.get(0))
			.header("Authorization", "Bearer " + officerNow))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("WARNING"))
			.andExpect(jsonPath("$.basis").value("EDUCATED_BEFORE"));
		mvc.perform(get("/api/v1/cases/" + number + "/measures/suggestion").param("partyId", "" + neverEducated)
			.header("Authorization", "Bearer " + officerNow))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("EDUCATION"))
			.andExpect(jsonPath("$.basis").value("FIRST_EXEMPT"));
		// a session on another rule does not count: a noise case of the attendee is still first
		String noise = anonymous(mvc).report("0602", "沿街商铺音响外放（普法后）");
		mvc.perform(get("/api/v1/cases/" + noise + "/measures/suggestion").param("partyId", "" + merchants.get(0))
			.header("Authorization", "Bearer " + officerNow))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.basis").value(org.hamcrest.Matchers.startsWith("FIRST")));
	}

	@Test
	void qrSignInRefusesForeignExpiredNotYetOpenFarAwayAndRepeatedSignIns() throws Exception {
		String head = head();
		long basis = basisFor("0506");
		java.time.Instant start = clock.instant().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		String session = call(head, "/api/v1/outreach/sessions", """
				{"stationCode":"yuantian","startsAt":"%s","durationMinutes":60,"audience":"PROPERTY_MANAGERS",
				 "format":"TRAINING","topic":"消防通道管理培训","place":"园田小区物业办公室","lat":34.7985,"lng":113.6830,
				 "officers":["officer.yuantian2"],"legalBasisIds":[%d]}"""
			.formatted(java.time.LocalDateTime.ofInstant(start, ZONE), basis))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(session, "$.id")).longValue();
		String link = mvc.perform(get("/api/v1/outreach/sessions/" + id + "/sign-in-link").header("Authorization", "Bearer " + head))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(link, "$.token");

		// two hours early: not open yet
		signIn(token, "早到者", "13600000001", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:outreach.refused.signIn.notOpen"));
		clock.advance(Duration.ofMinutes(100));
		signIn(token, "物业经理", "13600000002", null).andExpect(status().isCreated());
		// the same person (same phone) a second time
		signIn(token, "物业经理", "136 0000 0002", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:outreach.refused.signIn.twice"));
		// an altered token, and one signed by another installation's key
		String[] parts = token.split("\\.");
		String otherSession = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(((id + 1) + "." + (start.getEpochSecond() + 999_999)).getBytes());
		signIn(otherSession + "." + parts[1], "伪造者", "13600000003", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:outreach.refused.signIn.foreign"));
		signIn(parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]), "伪造者",
				"13600000003", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:outreach.refused.signIn.foreign"));
		// a phone that shares a position 3 km away is not at the place
		mvc.perform(post("/api/v1/outreach/sign-in").contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\":\"%s\",\"name\":\"远处者\",\"phone\":\"13600000004\",\"lat\":34.8255,\"lng\":113.6830}"
				.formatted(token)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:outreach.refused.signIn.tooFar"));
		// bad input names its field
		signIn(token, "", "12345", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "phone")));
		// after the end plus the grace period, the link has expired, in the API and on the page
		clock.advance(Duration.ofMinutes(20 + 60 + 31));
		signIn(token, "迟到者", "13600000005", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:outreach.refused.signIn.expired"));
		mvc.perform(get("/outreach/sign-in").param("t", token))
			.andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("签到二维码已过期")));

		// a photo of the session goes to the evidence store and is shown to the station's staff
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/outreach/sessions/" + id + "/photos")
			.file(new org.springframework.mock.web.MockMultipartFile("photos", "session.png", "image/png",
					org.steward.intake.TestPhotos.png()))
			.header("Authorization", "Bearer " + tokenOf(mvc, "station.yuantian")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].contentType").value("image/png"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/outreach/sessions/" + id + "/photos")
			.file(new org.springframework.mock.web.MockMultipartFile("photos", "notes.png", "image/png", "not a photo".getBytes()))
			.header("Authorization", "Bearer " + tokenOf(mvc, "station.yuantian")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photos[0]"));

		// the printable record carries the sign-in list in the embedded font
		byte[] pdf = mvc.perform(get("/outreach/sessions/" + id + ".pdf")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("station.yuantian")
				.roles("STATION_HEAD")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
		String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
		assertThat(text).contains("签到名单").contains("物业经理").contains("消防通道管理培训").contains("136****0002");
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/FontFile2");
		reader.close();
	}

	@Test
	void onlyPlannersInScopePlanAndNothingChangesWhenRefused() throws Exception {
		String slot = """
				{"stationCode":"%s","weekday":3,"startTime":"15:00","audience":"RESIDENTS","topic":"垃圾分类宣讲",
				 "place":"园田小区广场","officers":["officer.yuantian1"]}""";
		String count = mvc.perform(get("/api/v1/outreach/slots").param("station", "yuantian")
			.header("Authorization", "Bearer " + head())).andReturn().getResponse().getContentAsString();
		int before = JsonPath.<List<?>>read(count, "$").size();
		// an officer records sessions but does not plan
		call(tokenOf(mvc, "officer.yuantian1"), "/api/v1/outreach/slots", slot.formatted("yuantian"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:outreach.refused.plannersOnly"));
		// the station head plans for their own station only
		call(head(), "/api/v1/outreach/slots", slot.formatted("guanhutun")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:steward:problem:outreach.refused.outOfScope"));
		// the squad leader plans for the stations of the squad only
		call(tokenOf(mvc, "squad.dongfeng"), "/api/v1/outreach/slots", slot.formatted("huanghe"))
			.andExpect(status().isForbidden());
		call(tokenOf(mvc, "community.yuantian"), "/api/v1/outreach/slots", slot.formatted("yuantian"))
			.andExpect(status().isForbidden());
		// bad input: 400 naming each field, never 500
		call(head(), "/api/v1/outreach/slots", """
				{"stationCode":"yuantian","weekday":9,"startTime":"25:99","audience":"ALIENS","topic":"%s",
				 "officers":["nobody.here"],"gridCode":"410105008001001"}""".formatted("长".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("weekday", "startTime",
					"audience", "topic", "officers[0]", "gridCode")));
		String after = mvc.perform(get("/api/v1/outreach/slots").param("station", "yuantian")
			.header("Authorization", "Bearer " + head())).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<?>>read(after, "$")).hasSize(before);
		// another station's calendar is not found for the station head
		mvc.perform(get("/api/v1/outreach/calendar").param("station", "huanghe").header("Authorization", "Bearer " + head()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPartyPenalisedWithoutEducationIsFlaggedAndASavedQueryFindsItsCases() throws Exception {
		String head = head();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long party = registerMerchant(head, "东风路戊店" + suffix);
		String number = anonymous(mvc).report("0503", "商户门前堆放货物（红旗测试）");
		String officer = tokenOf(mvc, "officer.yuantian1");
		call(officer, "/api/v1/cases/" + number + "/measures", """
				{"type":"PENALTY_CASE","partyId":%d,"officers":["officer.yuantian1","officer.yuantian2"],
				 "reason":"多次劝导无效，直接立案（测试）"}""".formatted(party))
			.andExpect(status().isCreated());
		// enforcement's event reaches outreach after the commit
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String coverage = mvc.perform(get("/api/v1/outreach/coverage").param("station", "yuantian")
				.param("from", LocalDate.now(clock.withZone(ZONE)).minusDays(1).toString())
				.param("to", LocalDate.now(clock.withZone(ZONE)).plusDays(1).toString())
				.header("Authorization", "Bearer " + head))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			List<Integer> flagged = JsonPath.read(coverage, "$.redFlags[*].party.id");
			assertThat(flagged).contains((int) party);
		});
		String query = call(head, "/api/v1/outreach/party-queries", """
				{"stationCode":"yuantian","name":"东风路本季度店外经营商户","partyType":"MERCHANT","addressContains":"东风路",
				 "categoryCode":"0503","minCases":1,"period":"QUARTER"}""")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long queryId = ((Number) JsonPath.read(query, "$.id")).longValue();
		String chosen = mvc.perform(get("/api/v1/outreach/party-queries/" + queryId + "/parties")
			.header("Authorization", "Bearer " + head))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(chosen, "$[*].id");
		assertThat(ids).contains((int) party);
		call(head, "/api/v1/outreach/party-queries", """
				{"stationCode":"yuantian","name":"坏名单","categoryCode":"05x3","minCases":-1,"period":"DECADE"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("categoryCode", "minCases",
					"period")));
	}

	private String head() throws Exception {
		return tokenOf(mvc, "station.yuantian");
	}

	private void moveTo(LocalDate date, LocalTime time) {
		Duration ahead = Duration.between(clock.instant(), date.atTime(time).atZone(ZONE).toInstant());
		assertThat(ahead).isPositive();
		clock.advance(ahead);
	}

	long basisFor(String category) throws Exception {
		String bases = mvc.perform(get("/api/v1/outreach/legal-bases").header("Authorization", "Bearer " + head()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(bases, "$[?('" + category + "' in @.categoryCodes)].id");
		return ids.get(0);
	}

	ResultActions signIn(String token, String name, String phone, Long partyId) throws Exception {
		return mvc.perform(post("/api/v1/outreach/sign-in").contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\":\"%s\",\"name\":\"%s\",\"phone\":\"%s\",\"partyId\":%s}".formatted(token, name, phone,
					partyId == null ? "null" : partyId)));
	}

	ResultActions call(String token, String path, String body) throws Exception {
		return mvc.perform(post(path).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long registerMerchant(String token, String name) throws Exception {
		String answer = call(token, "/api/v1/parties", """
				{"type":"MERCHANT","name":"%s","creditCode":"%s","address":"金水区东风路18号",
				 "location":{"lat":34.7985,"lng":113.6830,"crs":"WGS84"},
				 "contacts":[{"name":"张店主","phone":"13812345678","role":"店主"}],"licenceStatus":"LICENSED"}"""
			.formatted(name, creditCode()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}
}
