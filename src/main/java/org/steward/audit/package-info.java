/**
 * The whole-process record (全过程记录): every case action and every enforcement measure is
 * appended to one chain of entries, each holding who, when, where, what and the hashes of the
 * evidence files, and each hashed with SHA-256 over the previous entry's hash, so an edit made
 * behind the platform's back breaks the chain at that entry and verification names it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = { "refusal", "cases", "enforcement", "identity", "territory", "patrol", "inspection", "callback" })
@org.jspecify.annotations.NullMarked
package org.steward.audit;
