package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.steward.IntegrationTest;
import org.steward.MutableClock;
import org.steward.refusal.Refusal;

/**
 * Reports and photo bytes without an account are limited per address and per day, on the district's
 * calendar day, with one count for every node (the database's): two quota instances stand for two nodes.
 */
@IntegrationTest
class AnonymousQuotaTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-04T02:00:00Z"), ZoneId.of("UTC"));

	private AnonymousQuota node() {
		return new AnonymousQuota(new AnonymousQuota.Settings(3, DataSize.ofMegabytes(1)), clock,
				ZoneId.of("Asia/Shanghai"), jdbc, transactions);
	}

	/** A documentation address of its own per test, so reruns against one database never meet old counts. */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "2001:db8::" + Integer.toHexString(random.nextInt(0xffff)) + ":" + Integer.toHexString(random.nextInt(0xffff));
	}

	private static void from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void anAddressSendsItsDailyReportsThenIsRefusedWith429UntilTheNextDay() {
		AnonymousQuota quota = node();
		String address = address();
		from(address);
		for (int i = 0; i < 3; i++) {
			quota.admit(0);
		}
		assertThatThrownBy(() -> quota.admit(0)).isInstanceOfSatisfying(Refusal.class, r -> {
			assertThat(r.kind()).isEqualTo(Refusal.Kind.TOO_MANY);
			assertThat(r.code()).isEqualTo("intake.refused.quota.reports");
		});
		from(address());
		quota.admit(0); // another address is not affected
		from(address);
		clock.advance(Duration.ofHours(22)); // past midnight in Zhengzhou
		quota.admit(0);
	}

	@Test
	void photoBytesPerAddressAndDayAreLimited() {
		AnonymousQuota quota = node();
		from(address());
		quota.admit(600 * 1024);
		assertThatThrownBy(() -> quota.admit(600 * 1024)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.code()).isEqualTo("intake.refused.quota.photos"));
		quota.admit(100 * 1024); // a report with smaller photos still fits
		from(address());
		assertThatThrownBy(() -> quota.admit(2 * 1024 * 1024)).as("one report's photos over the day's bytes")
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("intake.refused.quota.photos"));
	}

	@Test
	void nodesBehindALoadBalancerShareOneCountEvenWhenAdmittingAtOnce() throws Exception {
		AnonymousQuota first = node();
		AnonymousQuota second = node();
		String address = address();
		from(address);
		first.admit(0);
		second.admit(0);
		first.admit(0);
		assertThatThrownBy(() -> second.admit(0)).isInstanceOf(Refusal.class);

		String racing = address();
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			AnonymousQuota quota = i % 2 == 0 ? first : second;
			attempts.add(() -> {
				from(racing);
				try {
					quota.admit(0);
					return true;
				}
				catch (Refusal refused) {
					return false;
				}
				finally {
					RequestContextHolder.resetRequestAttributes();
				}
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			int admitted = 0;
			for (Future<Boolean> result : pool.invokeAll(attempts)) {
				admitted += result.get() ? 1 : 0;
			}
			assertThat(admitted).isEqualTo(3);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select reports from intake_anonymous_quota where address = ?").param(racing)
			.query(Integer.class).single()).isEqualTo(3);
	}
}
