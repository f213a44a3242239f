/**
 * Investigation records: on-site inspection records (现场检查笔录) and inquiry records (询问笔录)
 * of a case, numbered per squad, kind and year, with the officers and the certificates they
 * showed, the questions and answers, and the SHA-256 of the document as issued. It adds a case's
 * records to its measures page; the ladder knows none of its types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement: investigation records",
		allowedDependencies = { "enforcement", "refusal", "cases", "identity", "parties", "organization" })
@org.jspecify.annotations.NullMarked
package org.steward.enforcement.records;
