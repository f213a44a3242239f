package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Messages skipped while a channel was off go out once it is on, when the administrator asks: once
 * (a second replay sends nothing more), never a message skipped for another reason, never a
 * deadline-near reminder that would now be false.
 */
class ReplayTests extends MessagingTestSupport {

	@Autowired
	MockMvc mvc;

	@Test
	void mailSkippedWhileTheRelayWasOffGoesOutOnceWhenTheAdministratorReplaysIt() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String address = "replay-" + UUID.randomUUID() + "@example.com";
		String stopped = "stopped-" + UUID.randomUUID() + "@example.com";
		for (String a : new String[] { address, stopped }) {
			mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"categoryCode":"0502","description":"replay %s","location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
						 "address":"园田路 5 号","reporter":{"updatesTo":"%s"}}""".formatted(UUID.randomUUID(), a)))
				.andExpect(status().isCreated());
		}
		// what the sender recorded while no relay was configured, and a resident who stopped the updates
		outboxTable.sql("update messaging_message set status = 'SKIPPED', last_error = 'messaging.channel.off.noRelay' where recipient_hash = :r")
			.param("r", personalData.searchHash(address)).update();
		outboxTable.sql("update messaging_message set status = 'SKIPPED', last_error = 'messaging.log.unsubscribed' where recipient_hash = :r")
			.param("r", personalData.searchHash(stopped)).update();
		sendAll();
		assertThat(mailsTo(address)).isEmpty();

		mvc.perform(post("/admin/messages/replay").with(user("admin").roles("ADMIN")).with(csrf())
			.param("channel", "EMAIL").param("days", "2")).andExpect(status().is3xxRedirection());
		sendAll();
		mvc.perform(post("/admin/messages/replay").with(user("admin").roles("ADMIN")).with(csrf())
			.param("channel", "EMAIL").param("days", "2")).andExpect(status().is3xxRedirection());
		sendAll();
		assertThat(mailsTo(address)).hasSize(1);
		assertThat(mailsTo(stopped)).isEmpty();

		mvc.perform(post("/admin/messages/replay").with(user("admin").roles("ADMIN")).with(csrf())
			.param("channel", "EMAIL").param("days", "99")).andExpect(status().isBadRequest());
		mvc.perform(post("/admin/messages/replay").with(user("command").roles("COMMAND_CENTRE")).with(csrf())
			.param("channel", "EMAIL")).andExpect(status().isForbidden());
	}
}
