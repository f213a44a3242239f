package org.steward.enforcement;

import java.time.Instant;

/**
 * Published when an administrator changes the 首违不罚 exemption list or the discretion
 * benchmark; the whole-process record listens to it.
 *
 * @param subject what changed, e.g. {@code exemption:0503} or {@code benchmark:0503:GENERAL}
 * @param action {@code SET} or {@code REMOVED}
 * @param details the new content, or the removed one
 */
public record EnforcementRuleChanged(String actor, String subject, String action, String details, Instant at) {
}
