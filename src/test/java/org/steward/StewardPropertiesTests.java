package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The shared settings bind with application.yml's defaults, take overrides, and refuse a zone that is none. */
class StewardPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		context.run(ctx -> {
			StewardProperties settings = ctx.getBean(StewardProperties.class);
			assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		});
	}

	@Test
	void bindsOverrides() {
		context.withPropertyValues("steward.zone=Asia/Urumqi")
			.run(ctx -> {
				StewardProperties settings = ctx.getBean(StewardProperties.class);
				assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
			});
	}

	@Test
	void bindsAnEnvironmentVariable() {
		context.withInitializer(ctx -> ctx.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("STEWARD_ZONE", "Asia/Harbin"))))
			.run(ctx -> assertThat(ctx.getBean(StewardProperties.class).zone()).isEqualTo(ZoneId.of("Asia/Harbin")));
	}

	@Test
	void refusesToStartWithAZoneThatIsNone() {
		context.withPropertyValues("steward.zone=Mars/Olympus").run(ctx -> assertThat(ctx).hasFailed());
	}

	@EnableConfigurationProperties(StewardProperties.class)
	static class Settings {
	}
}
