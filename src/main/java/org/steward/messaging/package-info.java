/**
 * Messages to residents and staff: what an event means to whom (a resident who opted in at report
 * time, the officers dispatched, the squad leader of a missed deadline, the department whistled
 * in), written to an outbox in the event's own transaction and delivered later by a sender with
 * retries, back-off, de-duplication, quiet hours and per-recipient rate limits over e-mail
 * (SMTP), SMS (an Aliyun-shaped gateway) and in-app (the staff inbox). A channel nobody has
 * configured is off and says so; nothing pretends to send. Apart from {@code notification}
 * (live boards) because it listens to coordination, which itself depends on notification
 * (ADR 0008).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging",
		allowedDependencies = { "refusal", "cases", "identity", "organization", "inbox", "intake", "coordination",
				"enforcement", "privacy", "outreach" })
@org.jspecify.annotations.NullMarked
package org.steward.messaging;
