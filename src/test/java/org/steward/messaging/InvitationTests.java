package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.tokenOf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.outreach.OutreachTestHooks;
import org.steward.parties.TestCreditCodes;

import com.jayway.jsonpath.JsonPath;

/**
 * Outreach invitations go through messaging: a merchant registered at the station is invited by SMS
 * to a merchants' session two days ahead, once however often the sweep runs, signed and delivered
 * through the gateway; a merchant of another station is not.
 */
class InvitationTests extends MessagingTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private String post(String token, String path, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	private static String phone() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	@Test
	void aMerchantOfTheStationIsInvitedBySmsOnceToAMerchantsSessionTwoDaysAhead() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String head = tokenOf(mvc, "station.yuantian");
		String invited = phone();
		String elsewhere = phone();
		post(head, "/api/v1/parties", """
				{"type":"MERCHANT","name":"邀请测试面馆 %s","creditCode":"%s","address":"金水区园田路20号",
				 "location":{"lat":34.7985,"lng":113.6830,"crs":"WGS84"},
				 "contacts":[{"name":"刘店主","phone":"%s","role":"店主"}],"licenceStatus":"LICENSED"}"""
			.formatted(UUID.randomUUID(), TestCreditCodes.creditCode(), invited));
		post(tokenOf(mvc, "admin"), "/api/v1/parties", """
				{"type":"MERCHANT","name":"外站商户 %s","creditCode":"%s","address":"金水区北环路1号",
				 "location":{"lat":34.79,"lng":113.60,"crs":"WGS84"},
				 "contacts":[{"name":"赵店主","phone":"%s","role":"店主"}],"licenceStatus":"LICENSED"}"""
			.formatted(UUID.randomUUID(), TestCreditCodes.creditCode(), elsewhere));
		String bases = mvc.perform(get("/api/v1/outreach/legal-bases").header("Authorization", "Bearer " + head))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int basis = JsonPath.<Integer>read(bases, "$[0].id");
		LocalDate day = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(2);
		String topic = "门前三包与店外经营 " + UUID.randomUUID().toString().substring(0, 6);
		post(head, "/api/v1/outreach/sessions", """
				{"stationCode":"yuantian","startsAt":"%sT15:00","durationMinutes":60,"audience":"MERCHANTS",
				 "format":"LECTURE","topic":"%s","place":"园田社区活动室","lat":34.7985,"lng":113.6830,
				 "officers":["officer.yuantian1"],"legalBasisIds":[%d]}""".formatted(day, topic, basis));

		OutreachTestHooks.remindSessions(context);
		OutreachTestHooks.remindSessions(context);
		List<String> bodies = outboxTable.sql("select body from messaging_message where kind = 'INVITATION' and recipient_hash = :r")
			.param("r", personalData.searchHash(invited)).query(String.class).list();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains("刘店主").contains(topic).contains(day + " 15:00").contains("园田社区活动室");
		assertThat(outboxTable.sql("select count(*) from messaging_message where kind = 'INVITATION' and recipient_hash = :r")
			.param("r", personalData.searchHash(elsewhere)).query(Integer.class).single()).isZero();

		sendAll();
		List<Map<String, String>> sms = SMS.accepted.stream().filter(p -> invited.equals(p.get("PhoneNumbers"))).toList();
		assertThat(sms).hasSize(1);
		assertThat(sms.get(0).get("TemplateCode")).isEqualTo("SMS_" + MessageKind.INVITATION.ordinal());
		assertThat(sms.get(0).get("TemplateParam")).contains(topic);
	}
}
