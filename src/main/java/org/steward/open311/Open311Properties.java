package org.steward.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed configuration of the Open311 server ({@code steward.open311.*}).
 *
 * @param jurisdiction the jurisdiction_id this server answers for (Jinshui District's code)
 * @param baseUrl      the public address of {@code /open311/v2}, as discovery announces it
 * @param contact      who to contact about the endpoint, as discovery says it
 * @param changeset    when the service list last changed (ISO 8601), as discovery says it
 */
@ConfigurationProperties("steward.open311")
record Open311Properties(@DefaultValue("410105") String jurisdiction,
		@DefaultValue("http://localhost:8080/open311/v2") String baseUrl,
		@DefaultValue("Jinshui District urban-management enforcement brigade") String contact,
		@DefaultValue("2026-12-04T00:00:00+08:00") String changeset) {
}
