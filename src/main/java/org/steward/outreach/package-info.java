/**
 * Weekly service guidance and legal education (服务指导、普法宣传, "谁执法谁普法"): a station's recurring
 * weekly slots and one-off sessions for merchants, property managers, residents, organisations and
 * schools, optionally targeted at parties chosen by a saved party query; each session's record
 * (topic, format, legal basis from a maintained list, materials, place, officers) and its attendance
 * as evidence — registered parties and their representatives, walk-ins, sign-in from the attendees'
 * own phones through a time-limited signed QR link, photos; and the coverage of the 三联 parties
 * (held vs planned, reached vs registered, never reached, penalised without ever being educated).
 * It tells the parties registry about attendance ({@link org.steward.parties.PartyHistory}), the
 * enforcement ladder about education on a rule ({@link org.steward.enforcement.PriorEducation}), and
 * keeps enforcement's measures on parties as its events report them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach",
		allowedDependencies = { "refusal", "identity", "organization", "parties", "evidence", "enforcement", "cases",
				"catalog", "inbox", "territory", "print" })
@org.jspecify.annotations.NullMarked
package org.steward.outreach;
