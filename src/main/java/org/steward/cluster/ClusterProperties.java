package org.steward.cluster;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the nodes of one deployment talk ({@code steward.cluster.*}).
 *
 * @param transport {@code auto} (on when the database is PostgreSQL, off on the embedded one),
 *        {@code on} or {@code off}
 * @param channel the PostgreSQL notification channel every node listens on
 * @param nodeName this node's name in logs and messages; empty means host name and a random suffix
 * @param reconnectMin first wait before the listening connection is opened again after it broke
 * @param reconnectMax longest wait between attempts (the wait doubles up to it)
 * @param poll how long the listener waits for a notification before it checks the connection is alive
 * @param rescue whether this node resubmits event publications that failed or went stale (a dead
 *        node's unfinished work, marked failed by Spring Modulith's staleness monitor)
 * @param rescueEvery how often it looks for them
 * @param rescueAttempts how many times one publication is tried before it is left to an operator
 * @param retryAfter what a client is told to wait (Retry-After) while this node is starting or its database is away
 */
@ConfigurationProperties("steward.cluster")
@Validated
record ClusterProperties(@DefaultValue("auto") @Pattern(regexp = "auto|on|off") String transport,
		@DefaultValue("steward_cluster") @NotBlank @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}") String channel,
		@DefaultValue("") @Nullable String nodeName,
		@DefaultValue("PT0.5S") Duration reconnectMin,
		@DefaultValue("PT30S") Duration reconnectMax,
		@DefaultValue("PT10S") Duration poll,
		@DefaultValue("true") boolean rescue,
		@DefaultValue("PT1M") Duration rescueEvery,
		@DefaultValue("10") @jakarta.validation.constraints.Min(1) int rescueAttempts,
		@DefaultValue("PT5S") Duration retryAfter) {
}
