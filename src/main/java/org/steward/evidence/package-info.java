/**
 * Photos and evidence files in one content-addressed store: every file is kept once under its
 * SHA-256 (the hash the whole-process record holds), written before the owner's transaction
 * commits and removed again if it rolls back, with a registry row naming its owner (a report, a
 * joint task, a penalty case). Photos are judged from their bytes (JPEG, PNG or WebP, whatever
 * the client claims), with the platform's limits, and read for their EXIF position; files go out
 * to the browser inline only when their bytes are a photo. Who may read a file is decided by its
 * owner's module (case readers, task readers); this module offers the store and the delivery.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
		allowedDependencies = { "refusal", "cases", "territory", "identity" })
@org.jspecify.annotations.NullMarked
package org.steward.evidence;
