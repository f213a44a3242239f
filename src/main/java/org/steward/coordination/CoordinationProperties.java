package org.steward.coordination;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The coordination module's settings ({@code steward.coordination.*}).
 *
 * @param commandGrace how long after a department task's missed deadline the command centre is alerted too
 * @param sweepInitialDelay when the task deadline sweep first runs after start-up (read by its
 *        {@code @Scheduled} placeholder)
 * @param sweepInterval the pause between task deadline sweeps (read by its {@code @Scheduled} placeholder)
 */
@ConfigurationProperties("steward.coordination")
record CoordinationProperties(@DefaultValue("PT1H") Duration commandGrace,
		@DefaultValue("PT60S") Duration sweepInitialDelay, @DefaultValue("PT60S") Duration sweepInterval) {
}
