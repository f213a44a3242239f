/**
 * Education first (三先三联): the registry of the parties a station works with — merchants,
 * organisations, property managers, compounds and community committees, with their credit
 * code, place in the grid, contacts and 门前三包 agreement — and the measures officers take on a
 * case with a party, from education up the ladder to a penalty case, with the lightest
 * effective step suggested (首违不罚 for a first minor violation), correction deadlines that
 * raise re-inspection tasks, and the numbered documents the measures produce.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement",
		allowedDependencies = { "refusal", "cases", "territory", "organization", "catalog", "identity", "worktime", "intake" })
@org.jspecify.annotations.NullMarked
package org.steward.enforcement;
