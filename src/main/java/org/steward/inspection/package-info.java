/**
 * Civilised-city field inspection (巩固文明城市创建成果, S15): checklist templates an administrator edits
 * (shipped with real items for 背街小巷, 主次干道 and 居民小区), points inspected (a street, a compound, a
 * market), rounds with pass or fail per item, a photo and a note, the score as 得分率 (passed observations
 * ÷ observations) and its trend per point and community. Every failed item becomes a rectification case
 * through intake, routed like any other, and is re-checked in the point's next round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection", allowedDependencies = { "refusal",
		"identity", "territory", "organization", "intake", "cases", "evidence", "catalog" })
@org.jspecify.annotations.NullMarked
package org.steward.inspection;
