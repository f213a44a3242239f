package org.steward;

import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings every module reads ({@code steward.*}): the district's time zone. The map pages' base
 * map is the territory module's ({@code steward.map.*}). A module's own settings are a record beside it under its own prefix
 * ({@code steward.cases.*}, {@code steward.security.*}, …).
 *
 * @param zone time zone of the district: working hours, calendar days and shown times are read in it
 */
@ConfigurationProperties("steward")
@Validated
public record StewardProperties(@DefaultValue("Asia/Shanghai") @NotNull ZoneId zone) {
}
