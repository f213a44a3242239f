package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.identity.Role;

import com.jayway.jsonpath.JsonPath;

import jakarta.mail.internet.MimeMessage;

class ResidentMailTests extends MessagingTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;


	static RequestPostProcessor as(String username, Role role) {
		return jwt().jwt(j -> j.subject(username)).authorities(new SimpleGrantedAuthority(role.authority()));
	}

	private String[] report(String updatesTo) throws Exception {
		String answer = mvc.perform(post("/api/v1/reports").header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"categoryCode":"0502","description":"stall at the gate %s","location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
					 "address":"园田路 1 号","reporter":{"name":"王女士","updatesTo":"%s"}}""".formatted(UUID.randomUUID(), updatesTo)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new String[] { JsonPath.read(answer, "$.caseNumber"), JsonPath.read(answer, "$.trackingCode") };
	}

	private void act(String caseNumber, String action, RequestPostProcessor who, String body) throws Exception {
		mvc.perform(post("/api/v1/cases/{n}/{a}", caseNumber, action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
	}

	@Test
	void aCasesLifeSendsTheResidentEachMessageInOrderAndOnceEvenWhenTheMailServerWasDownForAWhile() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String address = "resident-" + UUID.randomUUID() + "@example.com";
		String[] c = report(address);
		String number = c[0];
		String code = c[1];
		sendAll();
		assertThat(mailsTo(address)).hasSize(1);
		MimeMessage received = mailsTo(address).get(0);
		assertThat(subject(received)).contains("received").contains(code);
		assertThat((String) received.getContent()).contains("https://steward.example/track/" + code)
			.contains("https://steward.example/updates/");
		assertThat(received.getHeader("List-Unsubscribe")[0]).contains("/updates/");

		stopMail();
		try {
			act(number, "acknowledge", as("officer.yuantian1", Role.OFFICER), "{}");
			act(number, "arrive", as("officer.yuantian1", Role.OFFICER),
					"{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}");
			sendAll();
			clock.advance(Duration.ofMinutes(2));
			sendAll();
			act(number, "handle", as("officer.yuantian1", Role.OFFICER), "{\"result\":\"stall removed\"}");
			act(number, "verify", as("station.yuantian", Role.STATION_HEAD), "{\"passed\":true}");
			clock.advance(Duration.ofMinutes(5));
			sendAll();
		}
		finally {
			restartMail();
		}
		assertThat(mailsTo(address)).hasSize(1);
		assertThat(jdbc.sql("select max(attempts) from messaging_message where recipient_hash = :r").param("r", personalData.searchHash(address))
			.query(Integer.class).single()).isGreaterThanOrEqualTo(2);

		clock.advance(Duration.ofMinutes(10));
		sendAll();
		mvc.perform(post("/api/v1/track/{code}/rating", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"DISSATISFIED\",\"comment\":\"the stall is back\"}")).andExpect(status().isOk());
		act(number, "review", as("squad.dongfeng", Role.SQUAD_LEADER), "{\"passed\":false,\"notes\":\"go back\"}");
		sendAll();
		clock.advance(Duration.ofHours(3));
		sendAll();

		List<String> subjects = mailsTo(address).stream().map(MessagingTestSupport::subject).toList();
		assertThat(subjects).hasSize(4);
		assertThat(subjects.get(0)).contains("received");
		assertThat(subjects.get(1)).contains("on site");
		assertThat(subjects.get(2)).contains("resolved");
		assertThat(subjects.get(3)).contains("reopened");
		assertThat(jdbc.sql("select count(*) from messaging_message where recipient_hash = :r and status = 'SENT'")
			.param("r", personalData.searchHash(address)).query(Integer.class).single()).isEqualTo(4);

		mvc.perform(get("/admin/messages").with(as("admin", Role.ADMIN)).header("Accept-Language", "en"))
			.andExpect(status().isOk());
	}

	@Test
	void aTransferredCaseTellsTheResidentItWentElsewhere() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String address = "transferred-" + UUID.randomUUID() + "@example.com";
		String[] c = report(address);
		sendAll();
		act(c[0], "transfer", as("station.yuantian", Role.STATION_HEAD),
				"{\"target\":\"供电公司\",\"reason\":\"电力设施\"}");
		sendAll();
		List<String> subjects = mailsTo(address).stream().map(MessagingTestSupport::subject).toList();
		assertThat(subjects).hasSize(2);
		assertThat(subjects.get(1)).contains("transferred").contains(c[1]);
	}

	@Test
	void theLinkInEveryMessageStopsTheMessagesWithOneButton() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String address = "stopper-" + UUID.randomUUID() + "@example.com";
		String[] c = report(address);
		String token = jdbc.sql("select token from messaging_subscription where address_hash = :a").param("a", personalData.searchHash(address))
			.query(String.class).single();
		String page = mvc.perform(get("/updates/{t}", token).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("s***@example.com").doesNotContain(address);
		mvc.perform(post("/updates/{t}/stop", token).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		act(c[0], "acknowledge", as("officer.yuantian1", Role.OFFICER), "{}");
		act(c[0], "arrive", as("officer.yuantian1", Role.OFFICER),
				"{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}");
		sendAll();
		assertThat(mailsTo(address)).isEmpty();
		mvc.perform(get("/updates/{t}", "no-such-token")).andExpect(status().isNotFound());
	}
}
