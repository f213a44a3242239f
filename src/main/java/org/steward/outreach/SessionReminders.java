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
 * Raises {@link SessionTomorrow} for every session planned for tomorrow, and {@link SessionInvited}
 * for every session planned within {@code invite-days-ahead} days, once: each (slot or
 * session, day) is claimed by inserting its key into {@code outreach_reminder} in a transaction of
 * its own, so on several nodes only the one whose insert counted publishes (the others find the key
 * taken and skip), and a claim that failed leaves nothing half done.
 */
@Component
class SessionReminders {

	private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);

	private final Plans plans;

	private final Sessions sessions;

	private final PartyQueries queries;

	private final StationScope scope;

	private final int inviteDaysAhead;

	private final Organization organization;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final ZoneId zone;

	SessionReminders(Plans plans, Sessions sessions, PartyQueries queries, StationScope scope, Organization organization,
			JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
			StewardProperties steward, OutreachProperties settings) {
		this.plans = plans;
		this.sessions = sessions;
		this.queries = queries;
		this.scope = scope;
		this.inviteDaysAhead = settings.inviteDaysAhead();
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
		LocalDate lastDay = LocalDate.ofInstant(now, zone).plusDays(inviteDaysAhead);
		for (Plans.Entry e : plans.calendar(stations, tomorrow, lastDay)) {
			if (e.status() != Plans.Status.PLANNED) {
				continue;
			}
			String key = "invite:" + (e.sessionId() != null ? "session:" + e.sessionId() : "slot:" + e.slotId()) + ":"
					+ e.date();
			Boolean claimed = claim(key, now, () -> invite(e, now));
			raised += Boolean.TRUE.equals(claimed) ? 1 : 0;
		}
		return raised;
	}

	/** Who a planned session is for: its saved party query's parties, else the station's parties of its audience. */
	private void invite(Plans.Entry e, Instant now) {
		Sessions.Session session = e.sessionId() == null ? null : sessions.find(e.sessionId()).orElse(null);
		Plans.Slot slot = e.slotId() == null ? null : plans.slot(e.slotId()).orElse(null);
		Long queryId = session != null && session.partyQueryId() != null ? session.partyQueryId()
				: slot != null ? slot.partyQueryId() : null;
		String place = session != null ? session.place() : slot != null ? slot.place() : null;
		List<org.steward.parties.Party> parties = queryId != null
				? queries.find(queryId).map(queries::parties).orElse(List.of())
				: scope.partiesOf(scope.station(e.stationCode()))
					.stream()
					.filter(p -> Audience.of(p.type()) == e.audience())
					.toList();
		List<SessionInvited.Invitee> invitees = parties.stream()
			.flatMap(p -> p.contacts()
				.stream()
				.filter(c -> c.phone() != null && !c.phone().isBlank())
				.map(c -> new SessionInvited.Invitee(p.id(), p.name(), c.name(), c.phone())))
			.toList();
		if (!invitees.isEmpty()) {
			events.publishEvent(new SessionInvited(e.stationCode(), e.date(), e.time(), e.topic(), place, invitees,
					e.slotId(), e.sessionId(), now));
		}
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
