/**
 * The 三联 registry: the parties a station works with — merchants, organisations, property
 * managers, residential compounds and community committees — with their unified social credit
 * code (GB 32100 check), place in the grid, contacts and 门前三包 agreement, registered one by one
 * or imported from CSV. Enforcement, and later outreach, inspections and patrols, read parties
 * through {@link org.steward.parties.Parties} and contribute what they recorded about a party to
 * its page through {@link org.steward.parties.PartyHistory}; the registry knows none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Parties",
		allowedDependencies = { "refusal", "territory", "identity", "privacy" })
@org.jspecify.annotations.NullMarked
package org.steward.parties;
