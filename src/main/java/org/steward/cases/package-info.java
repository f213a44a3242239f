/**
 * The case: a problem registered from a report and followed to its end — register → dispatch
 * → acknowledge (报到) → on site → handle → verify → close → evaluate — with its routing to
 * the responsible station, its deadlines in working time, escalation when they pass, and a
 * timeline of who did what, when and where. Residents follow a case by its tracking code and
 * rate the outcome.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "refusal", "territory", "organization", "catalog", "worktime", "identity", "inbox", "privacy" })
@org.jspecify.annotations.NullMarked
package org.steward.cases;
