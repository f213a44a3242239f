package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.identity.Accounts;
import org.steward.identity.Role;
import org.steward.inbox.InboxItem;

import com.jayway.jsonpath.JsonPath;

class MessageDeliveryTests extends MessagingTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;


	@Autowired
	Outbox outbox;

	@Autowired
	MessageInbox inbox;

	@Autowired
	Accounts accounts;

	static RequestPostProcessor as(String username, Role role) {
		return jwt().jwt(j -> j.subject(username)).authorities(new SimpleGrantedAuthority(role.authority()));
	}

	private static String mobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private String[] report(String updatesTo) throws Exception {
		String answer = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("""
				{"categoryCode":"0502","description":"stall at the gate %s","location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
				 "reporter":{"updatesTo":"%s"}}""".formatted(UUID.randomUUID(), updatesTo)))
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

	private List<Map<String, String>> smsTo(String phone) {
		return SMS.accepted.stream().filter(p -> phone.equals(p.get("PhoneNumbers"))).toList();
	}

	private String statusOf(String recipient) {
		return jdbc.sql("select status from messaging_message where recipient_hash = :r").param("r", personalData.searchHash(recipient))
			.query(String.class).single();
	}

	@Test
	void anSmsGoesSignedToTheGatewayAndIsNotRepeatedAfterARetry() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String phone = mobile();
		String[] c = report(phone);
		SMS.busyFor.set(1);
		sendAll();
		assertThat(smsTo(phone)).isEmpty();
		assertThat(statusOf(phone)).isEqualTo("PENDING");

		clock.advance(java.time.Duration.ofMinutes(2));
		sendAll();
		clock.advance(java.time.Duration.ofHours(3));
		sendAll();
		sendAll();

		assertThat(smsTo(phone)).hasSize(1);
		Map<String, String> sms = smsTo(phone).get(0);
		assertThat(sms).containsEntry("SignName", "金水城管")
			.containsEntry("TemplateCode", "SMS_" + MessageKind.RECEIVED.ordinal())
			.containsEntry("SignatureVersion", "1.0")
			.containsEntry("Version", "2017-05-25");
		assertThat(sms.get("TemplateParam")).contains("\"code\":\"" + c[1] + "\"");
		assertThat(SMS.refusedSignatures).isEmpty();
		assertThat(statusOf(phone)).isEqualTo("SENT");
		assertThat(jdbc.sql("select attempts from messaging_message where recipient_hash = :r").param("r", personalData.searchHash(phone))
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void noSmsInQuietHoursUnlessUrgent() throws Exception {
		moveTo(LocalTime.of(23, 0));
		String phone = mobile();
		report(phone);
		sendAll();
		assertThat(smsTo(phone)).isEmpty();
		Instant next = jdbc.sql("select next_attempt_at from messaging_message where recipient_hash = :r").param("r", personalData.searchHash(phone))
			.query(java.time.OffsetDateTime.class).single().toInstant();
		assertThat(next.atZone(ZoneId.of("Asia/Shanghai")).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
		assertThat(jdbc.sql("select last_error from messaging_message where recipient_hash = :r").param("r", personalData.searchHash(phone))
			.query(String.class).single()).isEqualTo("messaging.log.quietHours");

		String urgentPhone = mobile();
		outbox.enqueue(new NewMessage("urgent-" + UUID.randomUUID(), MessageKind.DEADLINE_MISSED, MessageChannel.SMS,
				urgentPhone, "squad.dongfeng", "zh-CN", "超期", "案件超期", Map.of("case", "x"), null, null, true),
				clock.instant());
		sendAll();
		assertThat(smsTo(urgentPhone)).hasSize(1);
		assertThat(smsTo(phone)).isEmpty();

		moveTo(LocalTime.of(7, 0));
		sendAll();
		assertThat(smsTo(phone)).hasSize(1);
	}

	@Test
	void aStaffMembersChannelChoiceIsHonoured() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String squadMail = "squad-" + UUID.randomUUID() + "@example.com";
		mvc.perform(post("/messages/settings").with(user("squad.dongfeng").roles("SQUAD_LEADER")).with(csrf())
			.param("email", squadMail)
			.param("language", "en")
			.param("kind.RATING_TO_REVIEW", "EMAIL")
			.param("kind.DEADLINE_MISSED", "INAPP", "EMAIL"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/messages/settings").with(user("squad.dongfeng").roles("SQUAD_LEADER")).with(csrf())
			.param("email", "not-an-address"))
			.andExpect(status().isBadRequest());

		String[] c = report("rater-" + UUID.randomUUID() + "@example.com");
		act(c[0], "acknowledge", as("officer.yuantian1", Role.OFFICER), "{}");
		act(c[0], "arrive", as("officer.yuantian1", Role.OFFICER),
				"{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}");
		act(c[0], "handle", as("officer.yuantian1", Role.OFFICER), "{\"result\":\"stall removed\"}");
		act(c[0], "verify", as("station.yuantian", Role.STATION_HEAD), "{\"passed\":true}");
		mvc.perform(post("/api/v1/track/{code}/rating", c[1]).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"DISSATISFIED\",\"comment\":\"still there\"}")).andExpect(status().isOk());
		sendAll();

		List<String> toSquad = mailsTo(squadMail).stream().map(MessagingTestSupport::subject).toList();
		assertThat(toSquad).hasSize(1);
		assertThat(toSquad.get(0)).contains("dissatisfied").contains(c[0]);
		assertThat(jdbc.sql("""
				select count(*) from messaging_message where username = 'squad.dongfeng' and case_number = :n
				  and kind = 'RATING_TO_REVIEW' and channel = 'INAPP'""").param("n", c[0]).query(Integer.class).single())
			.isZero();

		// the officer chose nothing: the dispatch reaches them in-app only, through the inbox contract
		List<InboxItem> officerInbox = inbox.itemsFor(accounts.byUsername("officer.yuantian1").orElseThrow());
		assertThat(officerInbox).anySatisfy(item -> {
			assertThat(item.kind()).isEqualTo("messaging.inbox.DISPATCHED");
			assertThat(item.link()).isEqualTo("/cases/" + c[0]);
		});
		assertThat(jdbc.sql("""
				select count(*) from messaging_message where username = 'officer.yuantian1' and case_number = :n
				  and channel <> 'INAPP'""").param("n", c[0]).query(Integer.class).single()).isZero();

		long dispatched = jdbc.sql("""
				select id from messaging_message where username = 'officer.yuantian1' and case_number = :n
				  and kind = 'DISPATCHED'""").param("n", c[0]).query(Long.class).single();
		mvc.perform(post("/messages/{id}/dismiss", dispatched).with(user("officer.yuantian2").roles("OFFICER")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/messages/{id}/dismiss", dispatched).with(user("officer.yuantian1").roles("OFFICER")).with(csrf()))
			.andExpect(status().isSeeOther());
		assertThat(inbox.itemsFor(accounts.byUsername("officer.yuantian1").orElseThrow()))
			.noneSatisfy(item -> assertThat(item.link()).isEqualTo("/cases/" + c[0]));

		String page = mvc.perform(get("/messages/settings").with(user("squad.dongfeng").roles("SQUAD_LEADER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(squadMail);
	}
}
