package org.steward.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.steward.MutableClock;
import org.steward.refusal.Refusal;

/** Reports and photo bytes without an account are limited per address and per day, on the district's calendar day. */
class AnonymousQuotaTests {

	private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-04T02:00:00Z"), ZoneId.of("UTC"));

	private final AnonymousQuota quota = new AnonymousQuota(new AnonymousQuota.Settings(3, DataSize.ofMegabytes(1)), clock,
			ZoneId.of("Asia/Shanghai"));

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
		from("203.0.113.7");
		for (int i = 0; i < 3; i++) {
			quota.admit(0);
		}
		assertThatThrownBy(() -> quota.admit(0)).isInstanceOfSatisfying(Refusal.class, r -> {
			assertThat(r.kind()).isEqualTo(Refusal.Kind.TOO_MANY);
			assertThat(r.code()).isEqualTo("intake.refused.quota.reports");
		});
		from("203.0.113.8");
		quota.admit(0); // another address is not affected
		from("203.0.113.7");
		clock.advance(Duration.ofHours(22)); // past midnight in Zhengzhou
		quota.admit(0);
	}

	@Test
	void photoBytesPerAddressAndDayAreLimited() {
		from("198.51.100.1");
		quota.admit(600 * 1024);
		assertThatThrownBy(() -> quota.admit(600 * 1024)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.code()).isEqualTo("intake.refused.quota.photos"));
		quota.admit(100 * 1024); // a report with smaller photos still fits
	}
}
