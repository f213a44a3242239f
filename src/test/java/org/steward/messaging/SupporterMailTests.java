package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.identity.Role;

import com.jayway.jsonpath.JsonPath;

import jakarta.mail.internet.MimeMessage;

/**
 * A supporter ("me too") who leaves an address hears of the case they joined as its reporter does —
 * received with their own tracking code (which follows, but cannot rate), then officers on site.
 */
class SupporterMailTests extends MessagingTestSupport {

	@Autowired
	MockMvc mvc;

	@Test
	void aSupporterWhoLeftAnAddressHearsOfTheCaseTheyJoinedUnderTheirOwnTrackingCode() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String first = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"categoryCode":"0502","description":"stall by the gate %s","location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
					 "address":"园田路 7 号"}""".formatted(UUID.randomUUID())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(first, "$.caseNumber");
		String reporterCode = JsonPath.read(first, "$.trackingCode");
		mvc.perform(get("/api/v1/reports/nearby").param("category", "0502").param("lat", "34.7985").param("lng", "113.683"))
			.andExpect(status().isOk());
		String joinCode = outboxTable.sql("""
				select j.join_code from case_join_code j join case_file c on c.id = j.case_id where c.case_number = :n""")
			.param("n", number).query(String.class).single();

		String address = "supporter-" + UUID.randomUUID() + "@example.com";
		String second = mvc.perform(post("/api/v1/reports").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"categoryCode":"0502","description":"the same stall","location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
					 "address":"园田路 7 号","joinCase":"%s","reporter":{"updatesTo":"%s"}}""".formatted(joinCode, address)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String supporterCode = JsonPath.read(second, "$.trackingCode");
		assertThat(supporterCode).isNotEqualTo(reporterCode);
		sendAll();

		mvc.perform(post("/api/v1/cases/{n}/acknowledge", number).with(ResidentMailTests.as("officer.yuantian1", Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/cases/{n}/arrive", number).with(ResidentMailTests.as("officer.yuantian1", Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")).andExpect(status().isOk());
		sendAll();

		List<MimeMessage> mails = mailsTo(address);
		assertThat(mails).hasSize(2);
		assertThat(subject(mails.get(0))).contains("received").contains(supporterCode).doesNotContain(reporterCode);
		assertThat(subject(mails.get(1))).contains("on site");
		assertThat((String) mails.get(1).getContent()).contains("/track/" + supporterCode).doesNotContain(reporterCode);
	}
}
