package org.steward.territory;

import java.util.List;

/** What became of a territory file: imported (with what changed), or rejected as a whole. */
sealed interface ImportOutcome {

	record Imported(TerritoryImported summary) implements ImportOutcome {
	}

	/** Nothing of the file was stored; every problem found is listed, in file order. */
	record Rejected(List<ImportProblem> problems) implements ImportOutcome {

		public Rejected {
			problems = List.copyOf(problems);
		}
	}
}
