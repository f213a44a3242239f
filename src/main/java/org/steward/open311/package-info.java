/**
 * The Open311 GeoReport v2 server under {@code /open311/v2/} for one jurisdiction (410105): discovery,
 * services from the catalogue (groups = major classes), service definitions, requests posted by
 * clients holding an administrator-issued {@code api_key} (a report channel of its own, routed like
 * any other through intake), the public list of requests kept from case events, requests by id and
 * tokens — in XML and JSON exactly as the specification writes them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311",
		allowedDependencies = { "refusal", "intake", "catalog", "cases", "identity", "territory" })
@org.jspecify.annotations.NullMarked
package org.steward.open311;
