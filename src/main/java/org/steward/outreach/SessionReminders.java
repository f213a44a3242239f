package org.steward.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.StewardProperties;
import org.steward.organization.Organization;
import org.steward.organization.Station;

/**
 * Raises {@link SessionTomorrow} for every session planned for tomorrow, once: each (slot or
 * session, day) is claimed by inserting its key into {@code outreach_reminder} in a transaction of
 * its own, so on several nodes only the one whose insert counted publishes (the others find the key
 * taken and skip), and a claim that failed leaves nothing half done.
 */
@Component
class SessionReminders {

	private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);

	private final Plans plans;

	private final Organization organization;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final ZoneId zone;

	SessionReminders(Plans plans, Organization organization, JdbcClient jdbc, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, StewardProperties steward) {
		this.plans = plans;
		this.organization = organization;
		this.jdbc = jdbc;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.zone = steward.zone();
	}

	@Scheduled(initialDelayString = "${steward.outreach.reminder-initial-delay:PT60S}",
			fixedDelayString = "${steward.outreach.reminder-interval:PT15M}")
	void scheduled() {
		try {
			int raised = remind();
			if (raised > 0) {
				log.info("{} session(s) tomorrow reminded", raised);
			}
		}
		catch (RuntimeException e) {
			log.warn("Session reminder run failed; the next run tries again", e);
		}
	}

	/** One pass over tomorrow's planned sessions; answers how many this node raised. */
	int remind() {
		Instant now = clock.instant();
		LocalDate tomorrow = LocalDate.ofInstant(now, zone).plusDays(1);
		List<String> stations = organization.stations().stream().map(Station::code).toList();
		int raised = 0;
		for (Plans.Entry e : plans.calendar(stations, tomorrow, tomorrow)) {
			if (e.status() != Plans.Status.PLANNED || e.officers().isEmpty()) {
				continue;
			}
			String key = "tomorrow:" + (e.sessionId() != null ? "session:" + e.sessionId() : "slot:" + e.slotId()) + ":"
					+ e.date();
			String link = e.sessionId() != null ? "/outreach/sessions/" + e.sessionId()
					: "/outreach/sessions/new?slot=" + e.slotId() + "&date=" + e.date();
			Boolean claimed = claim(key, now, () -> events.publishEvent(new SessionTomorrow(e.stationCode(), e.date(),
					e.time(), e.topic(), e.officers(), e.slotId(), e.sessionId(), link, now)));
			raised += Boolean.TRUE.equals(claimed) ? 1 : 0;
		}
		return raised;
	}

	/** Claims a reminder key and runs {@code then} in the claim's own transaction; false when it was taken. */
	Boolean claim(String key, Instant now, Runnable then) {
		try {
			return ownTransaction.execute(status -> {
				int inserted = jdbc.sql("""
						insert into outreach_reminder (reminder_key, raised_at) select :key, :at
						where not exists (select 1 from outreach_reminder where reminder_key = :key)""")
					.param("key", key)
					.param("at", Timestamp.from(now))
					.update();
				if (inserted == 0) {
					return false;
				}
				then.run();
				return true;
			});
		}
		catch (DuplicateKeyException otherNode) {
			return false; // another node claimed it between our check and our insert
		}
	}
}
