package org.steward.intake;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.steward.StewardProperties;
import org.steward.refusal.Refusal;

/**
 * How much one address may send without an account in a day (the district's calendar day): reports and
 * photo bytes. A resident reports a handful of problems a day; a script that files thousands, or writes
 * tens of megabytes of photos per request, is refused with 429 until the next day. Staff reports, signed
 * in, are not counted.
 * <p>
 * Counted in the database ({@code intake_anonymous_quota}), so the limit holds across the nodes behind a
 * load balancer: a report is admitted by one conditional update that adds it only while the day's counts
 * stay within the limits, so two nodes admitting at once never let an address past them. Counts are
 * taken in a transaction of their own before the report's, so a report refused later still counts (as
 * it did cost the work of checking it).
 */
@Component
class AnonymousQuota {

	/**
	 * @param reportsPerDay reports one address may send per day without an account
	 * @param photoBytesPerDay photo bytes one address may send per day without an account
	 */
	@ConfigurationProperties("steward.intake.anonymous")
	record Settings(@DefaultValue("20") int reportsPerDay, @DefaultValue("60MB") DataSize photoBytesPerDay) {
	}

	private record Used(int reports, long photoBytes) {
	}

	private final Settings settings;

	private final Clock clock;

	private final ZoneId zone;

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	@org.springframework.beans.factory.annotation.Autowired
	AnonymousQuota(Settings settings, Clock clock, StewardProperties steward, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this(settings, clock, steward.zone(), jdbc, transactions);
	}

	AnonymousQuota(Settings settings, Clock clock, ZoneId zone, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.settings = settings;
		this.clock = clock;
		this.zone = zone;
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Counts one anonymous report with its photos, or refuses it (429) when the address's day is used up. */
	void admit(long photoBytes) {
		String address = address();
		LocalDate today = clock.instant().atZone(zone).toLocalDate();
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				Boolean admitted = own.execute(status -> admitOnce(address, today, photoBytes));
				if (Boolean.TRUE.equals(admitted)) {
					return;
				}
			}
			catch (DuplicateKeyException anotherNodeFirst) {
				// its row is there now: the conditional update decides on the next round
			}
		}
		// five lost races in a row: only a flood from this one address does that
		throw Refusal.tooMany("intake.refused.quota.reports", settings.reportsPerDay());
	}

	/** True when admitted; throws when refused; false when another node wrote the day's first row meanwhile. */
	private boolean admitOnce(String address, LocalDate today, long photoBytes) {
		long maxBytes = settings.photoBytesPerDay().toBytes();
		int added = jdbc.sql("""
				update intake_anonymous_quota set reports = reports + 1, photo_bytes = photo_bytes + :bytes
				where address = :address and quota_day = :day and reports < :reports and photo_bytes + :bytes <= :maxBytes""")
			.param("bytes", photoBytes)
			.param("address", address)
			.param("day", Date.valueOf(today))
			.param("reports", settings.reportsPerDay())
			.param("maxBytes", maxBytes)
			.update();
		if (added == 1) {
			return true;
		}
		Optional<Used> used = jdbc.sql("""
				select reports, photo_bytes from intake_anonymous_quota where address = :address and quota_day = :day""")
			.param("address", address)
			.param("day", Date.valueOf(today))
			.query((rs, n) -> new Used(rs.getInt(1), rs.getLong(2)))
			.optional();
		int reports = used.map(Used::reports).orElse(0);
		long bytes = used.map(Used::photoBytes).orElse(0L);
		if (reports >= settings.reportsPerDay()) {
			throw Refusal.tooMany("intake.refused.quota.reports", settings.reportsPerDay());
		}
		if (bytes + photoBytes > maxBytes) {
			throw Refusal.tooMany("intake.refused.quota.photos", settings.photoBytesPerDay().toMegabytes());
		}
		if (used.isPresent()) {
			return false; // changed between the update and the read: try again
		}
		jdbc.sql("""
				insert into intake_anonymous_quota (address, quota_day, reports, photo_bytes)
				values (:address, :day, 1, :bytes)""")
			.param("address", address)
			.param("day", Date.valueOf(today))
			.param("bytes", photoBytes)
			.update();
		// an address's first report of the day: the moment to drop days gone by (the table stays small)
		jdbc.sql("delete from intake_anonymous_quota where quota_day < :yesterday")
			.param("yesterday", Date.valueOf(today.minusDays(1)))
			.update();
		return true;
	}

	private static String address() {
		String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				? servlet.getRequest().getRemoteAddr() : "local";
		return address.length() <= 64 ? address : address.substring(0, 64);
	}
}
