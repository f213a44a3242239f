/**
 * Accounts, roles, sign-in (form login for pages, signed bearer tokens for the API), lockout
 * after repeated bad passwords, and each account's data scope — the station, squad,
 * department or whole district whose records it may see. Residents need no account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "refusal", "cluster" })
@org.jspecify.annotations.NullMarked
package org.steward.identity;
