package org.steward.demo;

import java.util.List;

/** The demo seed file has problems; each names its place in the file, e.g. {@code cases[3].steps[1].by}. Nothing was seeded. */
class DemoSeedInvalid extends RuntimeException {

	private final List<String> problems;

	DemoSeedInvalid(List<String> problems) {
		super("The demo seed file has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}
}
