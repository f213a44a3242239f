package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;

/** Without configuration e-mail and SMS are off: the log says so and nothing pretends to send. */
@IntegrationTest
class DeliveryLogPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.steward.privacy.PersonalData personalData;

	@Autowired
	Clock clock;

	@Test
	void unconfiguredChannelsAreOffAndTheirMessagesAreNotSentButSkippedWithTheReason() throws Exception {
		String address = "nobody-" + UUID.randomUUID() + "@example.com";
		outbox.enqueue(new NewMessage("off-" + UUID.randomUUID(), MessageKind.RECEIVED, MessageChannel.EMAIL, address, null,
				"en", "received", "body", Map.of("code", "X"), null, null, false), clock.instant());
		for (int run = 0; run < 1000 && dispatcher.sendDue() > 0; run++) {
			// other tests' messages may come first: drain until nothing is due
		}
		assertThat(jdbc.sql("select status || ' ' || last_error from messaging_message where recipient_hash = :r")
			.param("r", personalData.searchHash(address)).query(String.class).single()).isEqualTo("SKIPPED messaging.channel.off.noRelay");

		String page = mvc.perform(get("/admin/messages").with(user("admin").roles("ADMIN")).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("no mail relay configured").contains("no SMS gateway configured")
			.contains("n***@example.com").doesNotContain(address);
		mvc.perform(get("/admin/messages").with(user("admin").roles("ADMIN")).param("status", "SKIPPED"))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/messages").with(user("admin").roles("ADMIN")).param("status", "NOPE"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyAnAdministratorReadsTheLog() throws Exception {
		mvc.perform(get("/admin/messages").with(user("command").roles("COMMAND_CENTRE"))).andExpect(status().isForbidden());
	}
}
