package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The enforcement module's settings: the defaults, an override, and a threshold that is none. */
class EnforcementPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		context.run(ctx -> {
			EnforcementProperties settings = ctx.getBean(EnforcementProperties.class);
			assertThat(settings.documentPrefix()).isEqualTo("金城管");
			assertThat(settings.issuer()).isEqualTo("郑州市金水区城市管理局");
			assertThat(settings.majorAmount()).isEqualByComparingTo("10000");
			assertThat(settings.sweepInitialDelay()).isEqualTo(Duration.ofSeconds(60));
			assertThat(settings.sweepInterval()).isEqualTo(Duration.ofMinutes(5));
		});
	}

	@Test
	void bindsOverridesUnderTheOldPropertyNames() {
		context.withPropertyValues("steward.enforcement.document-prefix=二城管", "steward.enforcement.issuer=郑州市二七区城市管理局",
				"steward.enforcement.major-amount=5000.50", "steward.enforcement.sweep-interval=10m")
			.run(ctx -> {
				EnforcementProperties settings = ctx.getBean(EnforcementProperties.class);
				assertThat(settings.documentPrefix()).isEqualTo("二城管");
				assertThat(settings.issuer()).isEqualTo("郑州市二七区城市管理局");
				assertThat(settings.majorAmount()).isEqualByComparingTo(new BigDecimal("5000.50"));
				assertThat(settings.sweepInterval()).isEqualTo(Duration.ofMinutes(10));
			});
	}

	@Test
	void refusesToStartWithoutAPrefixOrWithANonPositiveMajorAmount() {
		context.withPropertyValues("steward.enforcement.document-prefix= ").run(ctx -> assertThat(ctx).hasFailed());
		context.withPropertyValues("steward.enforcement.major-amount=0").run(ctx -> assertThat(ctx).hasFailed());
	}

	@EnableConfigurationProperties(EnforcementProperties.class)
	static class Settings {
	}
}
