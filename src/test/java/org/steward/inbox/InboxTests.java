package org.steward.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.IntegrationTest;
import org.steward.identity.Role;

import com.jayway.jsonpath.JsonPath;

/**
 * The to-do inbox moves as cases move: each kind of waiting work appears for the roles that act on it
 * and leaves when it is done. Counts are read before and after, so cases of other tests do not matter.
 */
@IntegrationTest
@org.springframework.context.annotation.Import(org.steward.MutableClock.Config.class)
@org.springframework.test.context.TestPropertySource(properties = { "steward.cases.sweep-initial-delay=P1D",
		"steward.coordination.sweep-initial-delay=P1D" })
class InboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.steward.MutableClock clock;

	/**
	 * Each kind lists its most urgent items up to the sources' limit, and the database holds the cases of
	 * every other test: this test's cases are made a month back, so they are the most urgent and listed.
	 */
	@org.junit.jupiter.api.BeforeEach
	void aMonthBack() {
		clock.advance(java.time.Duration.ofDays(-30));
	}

	@org.junit.jupiter.api.AfterEach
	void backToNow() {
		clock.advance(java.time.Duration.ofDays(30));
	}

	private static RequestPostProcessor as(String username, Role role) {
		return jwt().jwt(j -> j.subject(username)).authorities(new SimpleGrantedAuthority(role.authority()));
	}

	private static final RequestPostProcessor OFFICER_1 = as("officer.yuantian1", Role.OFFICER);

	private static final RequestPostProcessor OFFICER_2 = as("officer.yuantian2", Role.OFFICER);

	private static final RequestPostProcessor HEAD = as("station.yuantian", Role.STATION_HEAD);

	private static final RequestPostProcessor SQUAD = as("squad.dongfeng", Role.SQUAD_LEADER);

	private static final RequestPostProcessor COMMAND = as("command", Role.COMMAND_CENTRE);

	private static final RequestPostProcessor FIRE = as("liaison.fire_rescue", Role.DEPARTMENT_LIAISON);

	/** The links waiting for the user, by kind. */
	private Map<String, List<String>> inbox(RequestPostProcessor who) throws Exception {
		String json = mvc.perform(get("/api/v1/inbox").with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> groups = JsonPath.read(json, "$");
		Map<String, List<String>> byKind = new java.util.HashMap<>();
		for (Map<String, Object> g : groups) {
			byKind.put((String) g.get("kind"), JsonPath.read(g, "$.items[*].link"));
		}
		return byKind;
	}

	private boolean waits(RequestPostProcessor who, String kind, String link) throws Exception {
		return inbox(who).getOrDefault(kind, List.of()).contains(link);
	}

	private String report(String description) throws Exception {
		String json = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("""
				{"categoryCode":"0502","description":"%s","location":{"lat":34.7985,"lng":113.683}}"""
			.formatted(description))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.caseNumber");
	}

	private String act(String number, String action, RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/{n}/{a}", number, action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aCaseMovesThroughTheInboxesOfOfficerStationHeadAndSquadLeader() throws Exception {
		String n = report("占道摆摊 (inbox loop)");
		String link = "/cases/" + n;
		String ack = "cases.inbox.acknowledge";
		String verify = "cases.inbox.verify";

		assertThat(waits(HEAD, ack, link)).isTrue();
		assertThat(waits(OFFICER_1, ack, link) ^ waits(OFFICER_2, ack, link)).as("exactly the assigned officer").isTrue();
		assertThat(waits(SQUAD, ack, link)).isFalse();
		assertThat(inbox(as("community.yuantian", Role.COMMUNITY_STAFF)).values()).allSatisfy(
				links -> assertThat(links).doesNotContain(link));

		act(n, "acknowledge", HEAD, "{}");
		assertThat(waits(HEAD, ack, link)).isFalse();
		assertThat(waits(OFFICER_1, ack, link) || waits(OFFICER_2, ack, link)).isFalse();

		act(n, "arrive", HEAD, "{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}");
		act(n, "handle", HEAD, "{\"result\":\"摊贩已劝离\"}");
		assertThat(waits(HEAD, verify, link)).isTrue();
		assertThat(waits(SQUAD, verify, link)).isTrue();
		String tasks = mvc.perform(get("/my/tasks").with(user("station.yuantian").roles("STATION_HEAD")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tasks.substring(tasks.indexOf("id=\"tasks-verify\""))).contains(n);

		String verified = act(n, "verify", HEAD, "{\"passed\":true}");
		assertThat(waits(HEAD, verify, link)).isFalse();
		assertThat(waits(SQUAD, verify, link)).isFalse();

		// the resident is not satisfied: the squad leader reviews
		String code = JsonPath.read(mvc.perform(get("/api/v1/cases/{n}", n).with(COMMAND)).andReturn().getResponse()
			.getContentAsString(), "$.summary.trackingCode");
		mvc.perform(post("/api/v1/track/{c}/rating", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"DISSATISFIED\"}")).andExpect(status().isOk());
		assertThat(waits(SQUAD, "cases.inbox.review", link)).isTrue();
		act(n, "review", SQUAD, "{\"passed\":true,\"notes\":\"回访确认已清理\"}");
		assertThat(waits(SQUAD, "cases.inbox.review", link)).isFalse();
		assertThat(verified).contains("CLOSED");
	}

	@Test
	void extensionRequestsWaitForTheSquadLeaderUntilDecided() throws Exception {
		String n = report("占道摆摊 (inbox extension)");
		String link = "/cases/" + n;
		act(n, "acknowledge", HEAD, "{}");
		act(n, "extend", HEAD, "{\"workingDays\":2,\"reason\":\"摊主外出\"}");
		assertThat(waits(SQUAD, "cases.inbox.extension", link)).isTrue();
		assertThat(waits(HEAD, "cases.inbox.extension", link)).isFalse();
		act(n, "approve-extension", SQUAD, "{\"passed\":true}");
		assertThat(waits(SQUAD, "cases.inbox.extension", link)).isFalse();
	}

	@Test
	void aDepartmentsTaskWaitsForItsLiaisonAndItsDeclineForTheLead() throws Exception {
		String n = report("占道摆摊 (inbox joint)");
		String json = mvc.perform(post("/api/v1/cases/{n}/whistle", n).with(HEAD)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"departments\":[\"FIRE_RESCUE\"],\"reason\":\"楼道堆放杂物\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = JsonPath.<Number>read(json, "$[0].id").longValue();
		String taskLink = "/coordination/tasks#task-card-" + id;
		assertThat(waits(FIRE, "coordination.inbox.acknowledge", taskLink)).isTrue();
		assertThat(waits(as("liaison.public_security", Role.DEPARTMENT_LIAISON), "coordination.inbox.acknowledge",
				taskLink)).isFalse();

		mvc.perform(post("/api/v1/tasks/{id}/decline", id).with(FIRE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"不属本部门\",\"basis\":\"消防法第二十八条\"}")).andExpect(status().isOk());
		assertThat(waits(FIRE, "coordination.inbox.acknowledge", taskLink)).isFalse();
		assertThat(waits(HEAD, "coordination.inbox.decline", "/cases/" + n + "/joint")).isTrue();
		mvc.perform(post("/api/v1/tasks/{id}/decline-decision", id).with(HEAD)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\":true}")).andExpect(status().isOk());
		assertThat(waits(HEAD, "coordination.inbox.decline", "/cases/" + n + "/joint")).isFalse();
	}

	@Test
	void theNavigationCountAndTheInboxPageShowWhatWaits() throws Exception {
		String n = report("占道摆摊 (inbox page)");
		RequestPostProcessor head = user("station.yuantian").roles("STATION_HEAD");
		String page = mvc.perform(get("/inbox").with(head)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("待报到").contains("/cases/" + n).contains("id=\"inbox-cases-inbox-acknowledge\"");
		String english = mvc.perform(get("/inbox").param("lang", "en").with(head)).andReturn().getResponse()
			.getContentAsString();
		assertThat(english).contains("To acknowledge");
		String count = mvc.perform(get("/inbox/count").with(head)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(count).containsPattern("id=\"nav-inbox-count\"[^>]*>\\d+\\+?<");
		String summary = mvc.perform(get("/inbox/summary").with(head)).andExpect(status().isOk()).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary).contains("id=\"home-inbox\"").contains("待报到");
	}
}
