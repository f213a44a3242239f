/**
 * DEMO DATA of the Jinshui pilot beyond territory, organisation and accounts: the cases,
 * joint tasks, parties and measures a district sees when it opens the demo. Read from
 * {@code demo/jinshui-demo-cases.yaml} and seeded once, at the first start of the {@code demo}
 * profile (while the database holds no case), only through the other modules' public facades
 * — intake's report submission, the case actions, the joint tasks, the parties registry,
 * measures, the discretion benchmark and the penalty-case procedure — acting as the demo
 * accounts with their own authority, so every seeded item obeys the same rules, deadlines,
 * timeline and whole-process record as real work. Never loaded in {@code prod}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "refusal", "intake", "cases", "coordination", "enforcement", "parties", "identity", "catalog",
				"territory", "organization" })
@org.jspecify.annotations.NullMarked
package org.steward.demo;
