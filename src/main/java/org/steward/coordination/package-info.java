/**
 * Joint handling (联合处置, "one whistle, every department reports for duty"): when a case's
 * category names co-departments or a lead other than urban management, or a station head, squad
 * leader, community staff member or the command centre blows the whistle on an open case, this module opens one task per department, each with
 * its own acknowledgement and handling deadline. It owns the tasks and their lifecycle
 * (acknowledge, progress, complete, decline with a cited rule and the lead's decision), the
 * escalation of missed task deadlines, the guard that keeps a case from being handled or
 * closed while a task is open, the live joint board and the double assessment of both the
 * departments that answered and the stations and communities that whistled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination",
		allowedDependencies = { "refusal", "cases", "organization", "identity", "catalog", "worktime", "notification", "intake", "evidence", "inbox", "cluster" })
@org.jspecify.annotations.NullMarked
package org.steward.coordination;
