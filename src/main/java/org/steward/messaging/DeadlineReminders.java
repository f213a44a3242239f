package org.steward.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.StewardProperties;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.identity.Role;

/**
 * "Deadline near": the station's officers and head hear that an acknowledgement (报到) or handling
 * deadline is about to pass, {@code steward.messaging.reminders.*} before it does (the squad leader
 * and command centre hear only once it has passed, from {@link StaffMessages}).
 *
 * <p>The deadlines of open cases are kept from the case events in this module's own table (never
 * read from the cases module's). The sweep claims each deadline with a conditional update — the row's
 * {@code *_reminded} column set to the deadline it reminds of, only where it was not already — so with
 * several nodes sweeping, one reminder goes per deadline, and a renewed deadline is reminded again.
 */
@Component
class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	private static final Set<CaseStatus> AT_THE_STATION = EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.ACKNOWLEDGED,
			CaseStatus.ON_SITE);

	private static final Set<Role> STATION = EnumSet.of(Role.OFFICER, Role.STATION_HEAD);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final StaffMessages staff;

	private final Recipients recipients;

	private final MessagingProperties.Reminders settings;

	private final ZoneId zone;

	private final Clock clock;

	DeadlineReminders(JdbcClient jdbc, StaffMessages staff, Recipients recipients, MessagingProperties properties,
			StewardProperties steward, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.recipients = recipients;
		this.settings = properties.reminders();
		this.zone = steward.zone();
		this.clock = clock;
	}

	/** Keeps the case's deadlines as the step left them; a case no longer at a station is dropped. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseEvent event) {
		CaseSummary s = event.summary();
		String number = event.caseNumber().value();
		if (!AT_THE_STATION.contains(s.status())) {
			jdbc.sql("delete from messaging_case_deadline where case_number = :n").param("n", number).update();
			return;
		}
		int updated = jdbc.sql("""
				update messaging_case_deadline set station_code = :station, status = :status, acknowledge_by = :ack,
				    handle_by = :handle, case_version = :version
				where case_number = :n and case_version <= :version""")
			.param("station", s.stationCode())
			.param("status", s.status().name())
			.param("ack", ts(s.acknowledgeBy()))
			.param("handle", ts(s.handleBy()))
			.param("version", s.version())
			.param("n", number)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into messaging_case_deadline (case_number, station_code, status, acknowledge_by, handle_by, case_version)
					select :n, :station, :status, :ack, :handle, :version
					where not exists (select 1 from messaging_case_deadline where case_number = :n)""")
				.param("n", number)
				.param("station", s.stationCode())
				.param("status", s.status().name())
				.param("ack", ts(s.acknowledgeBy()))
				.param("handle", ts(s.handleBy()))
				.param("version", s.version())
				.update();
		}
	}

	@Scheduled(initialDelayString = "${steward.messaging.send-initial-delay:PT30S}",
			fixedDelayString = "${steward.messaging.reminder-interval:PT1M}")
	void scheduled() {
		try {
			int sent = remind();
			if (sent > 0) {
				log.info("{} deadline(s) near reminded", sent);
			}
		}
		catch (RuntimeException e) {
			log.warn("Deadline reminder run failed; the next run tries again", e);
		}
	}

	/** One pass: reminds of every deadline within its lead that no node reminded of yet; answers how many. */
	@Transactional
	int remind() {
		Instant now = clock.instant();
		int reminded = 0;
		for (Near near : due("acknowledge_by", "ack_reminded", "status = 'DISPATCHED'", now, now.plus(settings.acknowledgeLead()))) {
			reminded += claimAndSend(near, "acknowledge_by", "ack_reminded", "status = 'DISPATCHED'",
					MessageKind.ACKNOWLEDGE_DEADLINE_NEAR);
		}
		for (Near near : due("handle_by", "handle_reminded", "status in ('ACKNOWLEDGED', 'ON_SITE')", now,
				now.plus(settings.handleLead()))) {
			reminded += claimAndSend(near, "handle_by", "handle_reminded", "status in ('ACKNOWLEDGED', 'ON_SITE')",
					MessageKind.HANDLE_DEADLINE_NEAR);
		}
		return reminded;
	}

	private record Near(String caseNumber, @Nullable String stationCode, Instant due) {
	}

	private List<Near> due(String column, String reminded, String status, Instant now, Instant horizon) {
		return jdbc.sql("select case_number, station_code, " + column + " as due from messaging_case_deadline where "
				+ status + " and " + column + " > :now and " + column + " <= :horizon and (" + reminded
				+ " is null or " + reminded + " <> " + column + ") order by " + column)
			.param("now", Timestamp.from(now))
			.param("horizon", Timestamp.from(horizon))
			.query((rs, i) -> new Near(rs.getString("case_number"), rs.getString("station_code"),
					rs.getTimestamp("due").toInstant()))
			.list();
	}

	private int claimAndSend(Near near, String column, String reminded, String status, MessageKind kind) {
		int claimed = jdbc.sql("update messaging_case_deadline set " + reminded + " = " + column
				+ " where case_number = :n and " + column + " = :due and " + status + " and (" + reminded
				+ " is null or " + reminded + " <> " + column + ")")
			.param("n", near.caseNumber())
			.param("due", Timestamp.from(near.due()))
			.update();
		if (claimed == 0) {
			return 0; // another node reminded of it, or the case moved on meanwhile
		}
		staff.send("near:" + near.caseNumber() + ":" + kind + ":" + near.due().toEpochMilli(), kind,
				recipients.ofStation(near.stationCode(), STATION), near.caseNumber(),
				TIME.format(near.due().atZone(zone)));
		return 1;
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
