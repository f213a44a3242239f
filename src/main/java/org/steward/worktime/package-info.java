/**
 * The official working-time calendar: national holidays and make-up working days (调休),
 * shipped for 2025–2027 and editable by an administrator, the working hours of a day, and
 * deadline arithmetic in working hours, working days or natural time. Every time limit in
 * Steward is computed here, so a holiday entered once moves every deadline that crosses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working time", allowedDependencies = { "refusal", "cluster" })
@org.jspecify.annotations.NullMarked
package org.steward.worktime;
