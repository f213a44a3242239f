package org.steward.worktime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.StewardProperties;

/**
 * {@link WorkingTime} over an in-memory snapshot of the calendar, so deadline maths never
 * touches the database. An edit on this node swaps the snapshot as soon as it commits. Nodes
 * are stateless and share one database, so every node also reloads on a fixed delay
 * ({@code steward.worktime.refresh-interval}, 60 s by default): an edit made on another node
 * reaches this one within that interval.
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

	CalendarWorkingTime(CalendarDays days, WorkingPeriods periods, StewardProperties steward) {
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

	/** Reloads once the surrounding transaction has committed, or now if there is none. */
	void reloadAfterCommit() {
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
