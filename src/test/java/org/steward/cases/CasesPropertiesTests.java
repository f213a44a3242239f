package org.steward.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The cases module's settings: application.yml's defaults, an override, and a district code that is none. */
class CasesPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		context.run(ctx -> {
			CasesProperties settings = ctx.getBean(CasesProperties.class);
			assertThat(settings.districtCode()).isEqualTo("410105");
			assertThat(settings.listCountLimit()).isEqualTo(10_000);
			assertThat(settings.commandGrace()).isEqualTo(Duration.ofHours(1));
			assertThat(settings.sweepInterval()).isEqualTo(Duration.ofSeconds(60));
		});
	}

	@Test
	void bindsOverrides() {
		context.withPropertyValues("steward.cases.district-code=410102", "steward.cases.command-grace=30m",
				"steward.cases.list-count-limit=500")
			.run(ctx -> {
				CasesProperties settings = ctx.getBean(CasesProperties.class);
				assertThat(settings.districtCode()).isEqualTo("410102");
				assertThat(settings.commandGrace()).isEqualTo(Duration.ofMinutes(30));
				assertThat(settings.listCountLimit()).isEqualTo(500);
			});
	}

	@Test
	void refusesToStartWithABadDistrictCodeOrCountLimit() {
		context.withPropertyValues("steward.cases.district-code=Jinshui").run(ctx -> assertThat(ctx).hasFailed());
		context.withPropertyValues("steward.cases.list-count-limit=0").run(ctx -> assertThat(ctx).hasFailed());
	}

	@EnableConfigurationProperties(CasesProperties.class)
	static class Settings {
	}
}
