package org.steward.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.ApiCaller.tokenOf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.IntegrationTest;
import org.steward.MutableClock;

import com.jayway.jsonpath.JsonPath;

/**
 * "Session tomorrow" goes to the officers named on the session through messaging, once — also when
 * two sweeps (two nodes) run at the same moment — on a fixed clock.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class SessionReminderTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	SessionReminders reminders;

	@Test
	void theOfficersOfASessionTomorrowHearOfItOnceEvenWhenTwoNodesSweepAtOnce() throws Exception {
		// 15:00 today in the district, the session tomorrow at 09:30
		ZonedDateTime now = clock.instant().atZone(ZONE);
		ZonedDateTime afternoon = now.with(LocalTime.of(15, 0));
		if (!afternoon.isAfter(now)) {
			afternoon = afternoon.plusDays(1);
		}
		clock.advance(Duration.between(now, afternoon));
		LocalDate tomorrow = afternoon.toLocalDate().plusDays(1);
		String topic = "门前三包宣讲 " + UUID.randomUUID().toString().substring(0, 8);
		String head = tokenOf(mvc, "station.yuantian");
		String bases = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/outreach/legal-bases").header("Authorization", "Bearer " + head))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int basis = JsonPath.<Integer>read(bases, "$[0].id");
		String answer = mvc.perform(post("/api/v1/outreach/sessions").header("Authorization", "Bearer " + head)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"stationCode":"yuantian","startsAt":"%sT09:30","durationMinutes":60,"audience":"MERCHANTS",
					 "format":"LECTURE","topic":"%s","place":"园田社区活动室","lat":34.7985,"lng":113.6830,
					 "officers":["officer.yuantian2"],"legalBasisIds":[%d]}""".formatted(tomorrow, topic, basis)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

		ExecutorService two = Executors.newFixedThreadPool(2);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			runs.add(two.submit((Callable<Integer>) reminders::remind));
		}
		for (Future<Integer> run : runs) {
			run.get();
		}
		two.shutdown();
		reminders.remind();

		List<String> subjects = jdbc.sql("""
				select subject from messaging_message where kind = 'SESSION_TOMORROW' and username = 'officer.yuantian2'
				and link = :link""").param("link", "/outreach/sessions/" + id).query(String.class).list();
		assertThat(subjects).hasSize(1);
		assertThat(subjects.get(0)).contains(topic);
		// the station head planned it but is not named on it
		assertThat(jdbc.sql("select count(*) from messaging_message where kind = 'SESSION_TOMORROW' and username = 'station.yuantian' and link = :link")
			.param("link", "/outreach/sessions/" + id).query(Integer.class).single()).isZero();
	}
}
