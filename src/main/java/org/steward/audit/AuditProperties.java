package org.steward.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The whole-process record's settings.
 *
 * @param key the secret (at least 32 characters) the chain's entries and checkpoints are keyed with;
 *        {@code STEWARD_AUDIT_KEY}, kept outside the database and shared by every node. Required in
 *        {@code prod}; elsewhere a fixed demo key is used (and logged as such)
 * @param checkpointFile where the signed checkpoints of the chain's head are appended, outside the
 *        database (on a disk or share the database's administrators cannot rewrite)
 * @param checkpointInterval how often the head is checkpointed
 */
@ConfigurationProperties("steward.audit")
record AuditProperties(@DefaultValue("") String key,
		@DefaultValue("./data/audit-checkpoints.log") Path checkpointFile,
		@DefaultValue("PT10M") Duration checkpointInterval) {
}
