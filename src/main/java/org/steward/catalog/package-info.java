/**
 * The problem catalogue: categories with CJ/T 214 / GB/T 30428.2-style codes in major and
 * minor classes, the responsibility matrix (lead and co-departments per category) and time
 * limits per urgency. Every change creates a new version, so a case keeps the rules it was
 * registered under.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "refusal", "organization", "worktime", "cluster" })
@org.jspecify.annotations.NullMarked
package org.steward.catalog;
