/**
 * Measuring the pilot: the standard indicators of digital urban management (立案数, 处置率,
 * 按期处置率, 结案率, 按期结案率, 返工率, 超期率, 延期率) and the 接诉即办 三率 for any period and
 * grouping, what the direct route saves against the old chain through the command centre,
 * weighted scorecards with grades and the league table of squads, stations and departments,
 * highlight practices (一队一品) with their indicators before and after, prominent problems and
 * exports. It owns one fact row per case and a daily rollup, both kept current from the case
 * events (never by reading a case back) and rebuildable from the case tables with one command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "refusal", "cases", "identity", "organization", "catalog", "print" })
@org.jspecify.annotations.NullMarked
package org.steward.analytics;
