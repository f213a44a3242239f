/**
 * The penalty procedure (行政处罚程序) of a PENALTY_CASE measure: the evidence list, the officers'
 * proposal within the discretion benchmark, legal review of a major decision, the decision with
 * its 罚决 number within 90 days and its service within 7, disclosed on request. It opens a
 * procedure when the ladder records a penalty-case measure ({@link org.steward.enforcement.MeasureRecorded}),
 * keeps a case open while a procedure is unserved, and adds each procedure's stage to the case's
 * measures page; the ladder knows none of its types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement: penalty procedure",
		allowedDependencies = { "enforcement", "refusal", "cases", "identity", "parties", "evidence", "worktime" })
@org.jspecify.annotations.NullMarked
package org.steward.enforcement.penalty;
