package org.steward.callback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed configuration of call-backs ({@code steward.callback.*}).
 *
 * @param maxAttempts calls that may find nobody before the call-back is closed as unreachable
 * @param pageSize    rows per page of the queue
 */
@ConfigurationProperties("steward.callback")
record CallBackProperties(@DefaultValue("3") int maxAttempts, @DefaultValue("50") int pageSize) {
}
