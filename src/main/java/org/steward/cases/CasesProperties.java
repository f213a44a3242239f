package org.steward.cases;

import java.time.Duration;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cases module's settings ({@code steward.cases.*}).
 *
 * @param districtCode the six-digit administrative code that starts every case number when the
 *        territory names no district for the case's location
 * @param listCountLimit a case list counts its matches up to this many and then says "more than"
 * @param commandGrace how long after a missed deadline the command centre is alerted too
 * @param sweepInitialDelay when the deadline sweep first runs after start-up (read by its
 *        {@code @Scheduled} placeholder)
 * @param sweepInterval the pause between deadline sweeps (read by its {@code @Scheduled} placeholder)
 */
@ConfigurationProperties("steward.cases")
@Validated
record CasesProperties(@DefaultValue("410105") @Pattern(regexp = "\\d{6}") String districtCode,
		@DefaultValue("10000") @Positive int listCountLimit, @DefaultValue("PT1H") Duration commandGrace,
		@DefaultValue("PT60S") Duration sweepInitialDelay, @DefaultValue("PT60S") Duration sweepInterval) {
}
