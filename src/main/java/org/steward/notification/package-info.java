/**
 * Live boards: officers, station heads and the command centre see new and changed cases
 * appear without reloading (server-sent events), with their deadlines counting down.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "refusal", "cases", "identity", "organization", "cluster" })
@org.jspecify.annotations.NullMarked
package org.steward.notification;
