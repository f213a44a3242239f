package org.steward;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves forward by hand, so "15 minutes later" needs no waiting. Import
 * {@link Config} to replace the application's clock.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(start), zone);
	}

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public void advance(Duration duration) {
		now.updateAndGet(t -> t.plus(duration));
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(now, zone); // shares the hand, so advancing moves both
	}

	/** Replaces the application's clock in the tests that import it. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			// a day ahead of the real time, so that other test contexts sweeping with the real clock
			// never find this context's cases overdue
			return new MutableClock(Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
					ZoneId.of("Asia/Shanghai"));
		}
	}
}
