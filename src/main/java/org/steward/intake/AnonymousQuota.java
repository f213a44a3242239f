package org.steward.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.steward.StewardProperties;
import org.steward.refusal.Refusal;

/**
 * How much one address may send without an account in a day (the district's calendar day): reports and
 * photo bytes. A resident reports a handful of problems a day; a script that files thousands, or writes
 * tens of megabytes of photos per request, is refused with 429 until the next day. Counted in memory per
 * node (a restart forgives); staff reports, signed in, are not counted.
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

	private record Used(LocalDate day, int reports, long photoBytes) {
	}

	private final Map<String, Used> used = new ConcurrentHashMap<>();

	private final Settings settings;

	private final Clock clock;

	private final ZoneId zone;

	@org.springframework.beans.factory.annotation.Autowired
	AnonymousQuota(Settings settings, Clock clock, StewardProperties steward) {
		this(settings, clock, steward.zone());
	}

	AnonymousQuota(Settings settings, Clock clock, ZoneId zone) {
		this.settings = settings;
		this.clock = clock;
		this.zone = zone;
	}

	/** Counts one anonymous report with its photos, or refuses it (429) when the address's day is used up. */
	void admit(long photoBytes) {
		String address = address();
		LocalDate today = clock.instant().atZone(zone).toLocalDate();
		if (used.size() > 100_000) {
			used.values().removeIf(u -> u.day().isBefore(today));
		}
		boolean[] refusedPhotos = new boolean[1];
		boolean[] refusedReports = new boolean[1];
		used.compute(address, (a, before) -> {
			Used now = before == null || !before.day().equals(today) ? new Used(today, 0, 0) : before;
			if (now.reports() >= settings.reportsPerDay()) {
				refusedReports[0] = true;
				return now;
			}
			if (now.photoBytes() + photoBytes > settings.photoBytesPerDay().toBytes()) {
				refusedPhotos[0] = true;
				return now;
			}
			return new Used(today, now.reports() + 1, now.photoBytes() + photoBytes);
		});
		if (refusedReports[0]) {
			throw Refusal.tooMany("intake.refused.quota.reports", settings.reportsPerDay());
		}
		if (refusedPhotos[0]) {
			throw Refusal.tooMany("intake.refused.quota.photos", settings.photoBytesPerDay().toMegabytes());
		}
	}

	private static String address() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				? servlet.getRequest().getRemoteAddr() : "local";
	}
}
