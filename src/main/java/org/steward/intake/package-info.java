/**
 * Reports from every channel — the public report page, the community's whistle, officers'
 * patrol findings and the API — with their photos (judged and kept by {@code evidence}: type
 * checked from content, SHA-256 recorded, EXIF position read), idempotent submission and the
 * "same problem? add your voice" offer for reports near an open case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "refusal", "cases", "territory", "catalog", "identity", "evidence", "privacy" })
@org.jspecify.annotations.NullMarked
package org.steward.intake;
