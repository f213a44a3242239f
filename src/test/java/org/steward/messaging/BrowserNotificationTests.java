package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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

/**
 * What an open page turns into browser notifications: a signed-in person's in-app messages newer
 * than the last one the page saw — none when it starts (no replay of old ones), only their own.
 */
class BrowserNotificationTests extends MessagingTestSupport {

	@Autowired
	MockMvc mvc;

	private String latest(String username, String role, Long after) throws Exception {
		var request = get("/messages/latest").with(user(username).roles(role)).accept(MediaType.APPLICATION_JSON);
		if (after != null) {
			request.param("after", String.valueOf(after));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anOpenPageLearnsOfTheSignedInPersonsNewInAppMessagesOnly() throws Exception {
		moveTo(LocalTime.of(10, 0));
		// every kind in-app (another test's choices for this account stay in the shared database)
		var settings = post("/messages/settings").with(user("squad.dongfeng").roles("SQUAD_LEADER"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("language", "en");
		for (MessageKind kind : MessageKind.forStaff()) {
			settings.param("kind." + kind.name(), "INAPP");
		}
		mvc.perform(settings).andExpect(status().is3xxRedirection());
		String start = latest("squad.dongfeng", "SQUAD_LEADER", null);
		assertThat(JsonPath.<List<?>>read(start, "$.messages")).isEmpty();
		long last = ((Number) JsonPath.read(start, "$.last")).longValue();
		long headLast = ((Number) JsonPath.read(latest("station.yuantian", "STATION_HEAD", null), "$.last")).longValue();

		String answer = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"categoryCode":"0502","description":"notify %s","location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
					 "address":"园田路 9 号"}""".formatted(UUID.randomUUID())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(answer, "$.caseNumber");
		var officer = ResidentMailTests.as("officer.yuantian1", Role.OFFICER);
		mvc.perform(post("/api/v1/cases/{n}/acknowledge", number).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/cases/{n}/extend", number).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"workingDays\":1,\"reason\":\"heavy rain\"}")).andExpect(status().isOk());
		sendAll();

		String fresh = latest("squad.dongfeng", "SQUAD_LEADER", last);
		List<String> extensions = JsonPath.read(fresh, "$.messages[?(@.kind == 'EXTENSION_TO_APPROVE')].subject");
		assertThat(extensions).anyMatch(s -> s.contains(number));
		assertThat(JsonPath.<List<String>>read(fresh, "$.messages[*].link")).contains("/cases/" + number);
		// the station head hears of the dispatch, not of the squad leader's extension to approve
		String heads = latest("station.yuantian", "STATION_HEAD", headLast);
		assertThat(JsonPath.<List<String>>read(heads, "$.messages[?(@.kind == 'EXTENSION_TO_APPROVE')].subject"))
			.noneMatch(s -> s.contains(number));
		assertThat(JsonPath.<List<String>>read(heads, "$.messages[?(@.kind == 'DISPATCHED')].subject"))
			.anyMatch(s -> s.contains(number));

		// signed-in pages load the notifier; anonymous ones do not
		assertThat(mvc.perform(get("/inbox").with(user("squad.dongfeng").roles("SQUAD_LEADER"))).andReturn().getResponse()
			.getContentAsString()).contains("/js/notifications.js").contains("data-latest=\"/messages/latest\"");
		assertThat(mvc.perform(get("/track")).andReturn().getResponse().getContentAsString()).doesNotContain("notifications.js");
	}
}
