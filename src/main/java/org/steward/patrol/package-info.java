/**
 * Daily presence in the community (每天在社区): officers' patrols with their tracks (positions from
 * the phone, sent in batches idempotent by time, simplified with JTS), the grids each patrol passed
 * through (the territory's locator), and what it found — a new case through intake's patrol
 * channel, a problem handled on the spot (自行处置, counted but not dispatched) or a place checked
 * with no issue. Grid coverage by management class (管理等级) against configurable frequencies,
 * patrol quality as the standards measure it, early signs of illegal building with their
 * follow-up visits, and warnings (未诉先办): recurrence and Getis-Ord Gi* hotspots over grid
 * counts, each turned into a proactive case on request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patrol", allowedDependencies = { "refusal", "identity",
		"territory", "organization", "intake", "cases", "evidence", "inbox", "catalog" })
@org.jspecify.annotations.NullMarked
package org.steward.patrol;
