/**
 * Call-backs (回访): the command centre calls back the reporters of closed cases who left a phone
 * and did not rate online, and records what they said. An answer is the reporter's rating of the
 * case, given through the cases module's own rating step (so a dissatisfied answer asks the squad
 * leader to review, exactly as a dissatisfied online rating does, and 满意率 counts it); a reporter
 * not reached on the last allowed call closes the call-back as unreachable. The queue is this
 * module's own table, filled from case events; the phone is read through the cases module's
 * accessor, never copied here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Call-backs",
		allowedDependencies = { "refusal", "cases", "identity", "organization", "inbox" })
@org.jspecify.annotations.NullMarked
package org.steward.callback;
