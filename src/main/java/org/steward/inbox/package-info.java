/**
 * The to-do inbox: what waits for the signed-in staff member — cases to acknowledge or verify,
 * extensions and declines to decide, ratings to review, re-inspections due, grids falling
 * behind, alerts raised to them. Every module that has such work implements
 * {@link org.steward.inbox.InboxSource}; the inbox only gathers, counts and shows, so it knows
 * none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox",
		allowedDependencies = { "refusal", "identity" })
@org.jspecify.annotations.NullMarked
package org.steward.inbox;
