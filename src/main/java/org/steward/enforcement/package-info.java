/**
 * Education first (三先): the measures officers take on a case with a party of the registry
 * ({@code parties}), from education up the ladder to a penalty case, with the lightest
 * effective step suggested (首违不罚 for a first minor violation), correction deadlines that
 * raise re-inspection tasks, and the numbered documents the measures produce. It tells the
 * registry what it recorded about a party through {@link org.steward.parties.PartyHistory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement",
		allowedDependencies = { "refusal", "cases", "territory", "organization", "catalog", "identity", "worktime", "evidence", "parties", "inbox", "print" })
@org.jspecify.annotations.NullMarked
package org.steward.enforcement;
