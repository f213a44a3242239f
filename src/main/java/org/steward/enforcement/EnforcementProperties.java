package org.steward.enforcement;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The enforcement module's settings ({@code steward.enforcement.*}), read by the ladder, the penalty
 * procedure and the investigation records. The district's time zone is {@code steward.zone}
 * ({@link org.steward.StewardProperties}).
 *
 * @param documentPrefix the bureau's abbreviation that starts every document number (金城管东风责改〔2026〕17号)
 * @param issuer the authority named under every document and record
 * @param majorAmount a proposed fine of at least this many yuan is a major decision: it passes legal
 *        review before it is issued
 * @param sweepInitialDelay when the re-inspection sweep first runs after start-up (read by its
 *        {@code @Scheduled} placeholder)
 * @param sweepInterval the pause between re-inspection sweeps (read by its {@code @Scheduled} placeholder)
 */
@ConfigurationProperties("steward.enforcement")
@Validated
public record EnforcementProperties(@DefaultValue("金城管") @NotBlank String documentPrefix,
		@DefaultValue("郑州市金水区城市管理局") @NotBlank String issuer,
		@DefaultValue("10000") @NotNull @Positive BigDecimal majorAmount,
		@DefaultValue("PT60S") Duration sweepInitialDelay, @DefaultValue("PT5M") Duration sweepInterval) {
}
