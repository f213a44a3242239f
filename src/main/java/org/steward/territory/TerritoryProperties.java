package org.steward.territory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The territory module's settings ({@code steward.territory.*}).
 *
 * @param startupImport a GeoJSON file ({@code file:} or {@code classpath:} location) imported at
 *        start-up; empty imports nothing. {@code STEWARD_TERRITORY_FILE} in {@code prod}
 * @param locatorRefresh how often the point locator checks whether another node changed the
 *        territory (read by its {@code @Scheduled} placeholder)
 */
@ConfigurationProperties("steward.territory")
record TerritoryProperties(@DefaultValue("") String startupImport, @DefaultValue("PT1M") Duration locatorRefresh) {
}
