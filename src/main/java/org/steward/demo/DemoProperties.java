package org.steward.demo;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The demo's seeding ({@code steward.demo.*}); the demo accounts' password belongs to identity.
 *
 * @param seedCases whether the first start (on a database without cases) seeds the demo's cases,
 *        joint tasks, parties and measures; {@code STEWARD_DEMO_SEED_CASES}
 * @param seedFile the YAML file those come from
 */
@ConfigurationProperties("steward.demo")
@Validated
record DemoProperties(@DefaultValue("false") boolean seedCases,
		@DefaultValue("classpath:demo/jinshui-demo-cases.yaml") @NotNull Resource seedFile) {
}
