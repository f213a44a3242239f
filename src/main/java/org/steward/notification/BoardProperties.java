package org.steward.notification;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The live boards' settings ({@code steward.boards.*}).
 *
 * @param pushThreads threads that push board rows, apart from the shared listener executor
 * @param replayEvents events each board keeps for a client that reconnects with {@code Last-Event-ID};
 *        one further back and the client is told to re-render instead
 * @param laneRows distinct rows a subscriber may have waiting (repeated rows of one case coalesce into
 *        one); one more and the waiting rows become a single "re-render" instruction, so a stalled
 *        client costs bounded memory and still loses nothing
 * @param reconnectWindow how long a board whose last viewer left keeps recording events, so that a
 *        viewer who reconnects within it is replayed what it missed
 */
@ConfigurationProperties("steward.boards")
@Validated
record BoardProperties(@DefaultValue("2") @Min(1) int pushThreads, @DefaultValue("1000") @Min(1) int replayEvents,
		@DefaultValue("500") @Min(1) int laneRows, @DefaultValue("2m") Duration reconnectWindow) {
}
