package org.steward.worktime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.StewardProperties;
import org.steward.cluster.ReferenceDataChanged;

/**
 * {@link WorkingTime} over an in-memory snapshot of the calendar, so deadline maths never
 * touches the database. An edit on this node swaps the snapshot as soon as it commits. Nodes
 * are stateless and share one database: an edit publishes {@link ReferenceDataChanged}
 * (calendar), which the other nodes hear on commit and reload. Every node also reloads on a fixed
 * delay ({@code steward.worktime.refresh-interval}, 60 s by default), the bound for a node that
 * was not listening when the edit was told.
 */
@Component
class CalendarWorkingTime implements WorkingTime {

	private static final Logger log = LoggerFactory.getLogger(CalendarWorkingTime.class);

	private final CalendarDays days;

	private final WorkingPeriods periods;

	private final ZoneId zone;

	/** Orders loads, so a slow scheduled load never replaces a newer one made after an edit. */
	private final AtomicLong loadsStarted = new AtomicLong();

	private long installedLoad;

	private volatile @Nullable WorkCalendar current;

	private final ApplicationEventPublisher events;

	CalendarWorkingTime(CalendarDays days, WorkingPeriods periods, StewardProperties steward,
			ApplicationEventPublisher events) {
		this.events = events;
		this.days = days;
		this.periods = periods;
		this.zone = steward.zone();
	}

	@Override
	public Instant deadline(Instant start, TimeLimit limit) {
		return calendar().deadline(start, limit);
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return calendar().isWorkingDay(date);
	}

	ZoneId zone() {
		return zone;
	}

	WorkCalendar calendar() {
		WorkCalendar calendar = current;
		return calendar != null ? calendar : reload();
	}

	/** Loads the snapshot before the first request needs it. */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		refresh();
	}

	@Scheduled(initialDelayString = "${steward.worktime.refresh-interval:PT60S}",
			fixedDelayString = "${steward.worktime.refresh-interval:PT60S}")
	void refresh() {
		try {
			reload();
		}
		catch (RuntimeException ex) {
			// keep deadlines working on the last good snapshot while the database is away
			log.warn("Could not reload the working calendar; keeping the previous one", ex);
		}
	}

	/** Another node edited the calendar (or this node reconnected and may have missed an edit). */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ReferenceDataChanged event) {
		if (event.kind() == ReferenceDataChanged.Kind.CALENDAR && event.relayed()) {
			refresh();
		}
	}

	/**
	 * Reloads once the surrounding transaction has committed, or now if there is none, and tells
	 * the other nodes to do the same.
	 */
	void reloadAfterCommit() {
		events.publishEvent(ReferenceDataChanged.of(ReferenceDataChanged.Kind.CALENDAR));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reload();
				}
			});
		}
		else {
			reload();
		}
	}

	private WorkCalendar reload() {
		long load = loadsStarted.incrementAndGet();
		WorkCalendar loaded = new WorkCalendar(days.all(), periods.current(), zone);
		synchronized (this) {
			if (load > installedLoad) {
				installedLoad = load;
				current = loaded;
			}
			return current;
		}
	}
}
