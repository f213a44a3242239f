package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.identity.Role;

import com.jayway.jsonpath.JsonPath;

/**
 * "Deadline near" on a fixed clock: the station hears of an acknowledgement deadline and then of a
 * handling deadline before each passes, each person once on the channels they chose, even when two
 * sweeps (two nodes) run at the same moment; nothing before the lead, nothing after the step is done.
 */
class DeadlineReminderTests extends MessagingTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeadlineReminders reminders;

	private String report() throws Exception {
		String answer = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"categoryCode":"0502","description":"stall near the school %s","location":{"lat":34.7985,"lng":113.683,"crs":"WGS84"},
					 "address":"园田路 3 号"}""".formatted(UUID.randomUUID())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(answer, "$.caseNumber");
	}

	private Instant deadline(String number, String column) {
		return outboxTable.sql("select " + column + " from messaging_case_deadline where case_number = :n")
			.param("n", number).query(Timestamp.class).single().toInstant();
	}

	private List<String> reminded(String number, String kind) {
		// recipients are sealed at rest: opened here to compare
		return outboxTable.sql("select channel, recipient from messaging_message where case_number = :n and kind = :k order by id")
			.param("n", number).param("k", kind)
			.query((rs, i) -> rs.getString(1) + ":" + personalData.open(rs.getString(2))).list();
	}

	private void sweepTwiceAtOnce() throws Exception {
		ExecutorService two = Executors.newFixedThreadPool(2);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			runs.add(two.submit((Callable<Integer>) reminders::remind));
		}
		for (Future<Integer> run : runs) {
			run.get();
		}
		two.shutdown();
	}

	@Test
	void theStationHearsOfEachDeadlineBeforeItPassesOnceOnTheChannelsEachPersonChose() throws Exception {
		moveTo(LocalTime.of(10, 0));
		String officerMail = "officer-" + UUID.randomUUID() + "@example.com";
		var settings = post("/messages/settings").with(user("officer.yuantian1").roles("OFFICER")).with(csrf())
			.param("email", officerMail)
			.param("language", "en");
		for (MessageKind kind : MessageKind.forStaff()) {
			// e-mail for this one kind; every other kind stays in-app, as other tests expect of this account
			settings.param("kind." + kind.name(), kind == MessageKind.ACKNOWLEDGE_DEADLINE_NEAR ? "EMAIL" : "INAPP");
		}
		mvc.perform(settings).andExpect(status().is3xxRedirection());

		String number = report();
		Instant ackBy = deadline(number, "acknowledge_by");
		reminders.remind();
		assertThat(reminded(number, "ACKNOWLEDGE_DEADLINE_NEAR")).as("before the lead").isEmpty();

		clock.advance(Duration.between(clock.instant(), ackBy.minus(Duration.ofMinutes(5))));
		sweepTwiceAtOnce();
		reminders.remind();
		List<String> ack = reminded(number, "ACKNOWLEDGE_DEADLINE_NEAR");
		assertThat(ack).doesNotHaveDuplicates()
			.contains("EMAIL:" + officerMail, "INAPP:station.yuantian")
			.doesNotContain("INAPP:officer.yuantian1");
		sendAll();
		assertThat(mailsTo(officerMail)).hasSize(1);
		assertThat(subject(mailsTo(officerMail).get(0))).contains(number).contains("report for duty");

		mvc.perform(post("/api/v1/cases/{n}/acknowledge", number).with(ResidentMailTests.as("officer.yuantian1", Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
		Instant handleBy = deadline(number, "handle_by");
		clock.advance(Duration.between(clock.instant(), handleBy.minus(Duration.ofHours(1))));
		sweepTwiceAtOnce();
		List<String> handle = reminded(number, "HANDLE_DEADLINE_NEAR");
		assertThat(handle).doesNotHaveDuplicates().contains("INAPP:officer.yuantian1", "INAPP:station.yuantian");
		reminders.remind();
		assertThat(reminded(number, "HANDLE_DEADLINE_NEAR")).hasSameSizeAs(handle);
		assertThat(reminded(number, "ACKNOWLEDGE_DEADLINE_NEAR")).hasSameSizeAs(ack);
	}

	@Test
	void aCaseHandledInTimeIsNotRemindedOfItsHandlingDeadline() throws Exception {
		moveTo(LocalTime.of(9, 0));
		String number = report();
		var officer = ResidentMailTests.as("officer.yuantian1", Role.OFFICER);
		mvc.perform(post("/api/v1/cases/{n}/acknowledge", number).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/cases/{n}/arrive", number).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"location\":{\"lat\":34.7985,\"lng\":113.6830,\"crs\":\"WGS84\"}}")).andExpect(status().isOk());
		Instant handleBy = deadline(number, "handle_by");
		mvc.perform(post("/api/v1/cases/{n}/handle", number).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"stall removed\"}")).andExpect(status().isOk());
		clock.advance(Duration.between(clock.instant(), handleBy.minus(Duration.ofMinutes(30))));
		reminders.remind();
		assertThat(reminded(number, "HANDLE_DEADLINE_NEAR")).isEmpty();
		assertThat(outboxTable.sql("select count(*) from messaging_case_deadline where case_number = :n")
			.param("n", number).query(Integer.class).single()).isZero();
	}
}
