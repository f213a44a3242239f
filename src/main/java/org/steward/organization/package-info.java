/**
 * Who answers: city bureau → district brigade → squad → community station → officers; the
 * partner departments (police, fire rescue, environment, market supervision…) with their
 * liaisons; which station and officer answer for each grid (片区化管理责任制); and duty
 * shifts, so "who is on duty at this station now" has an answer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "refusal", "territory", "identity", "cluster" })
@org.jspecify.annotations.NullMarked
package org.steward.organization;
