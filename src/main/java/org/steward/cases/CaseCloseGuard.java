package org.steward.cases;

import java.util.List;
import java.util.Locale;

/**
 * A check another module plugs into the case lifecycle before a case is marked handled or
 * closed. Cases never learn who guards them (no dependency on the guarding module): every bean
 * of this type is asked, and any blocker it names refuses the action with a 409.
 * <p>
 * Coordination uses it so that a joint case cannot be handled or closed while a department's
 * task is still open (事不完、人不撤).
 */
public interface CaseCloseGuard {

	/**
	 * Human-readable descriptions of the work that still blocks {@code action} on the case, e.g.
	 * {@code "task 12 PUBLIC_SECURITY is ACKNOWLEDGED"}; empty when nothing blocks it.
	 */
	List<String> openWorkBlocking(CaseNumber caseNumber, CaseAction action);

	/**
	 * The same blockers for a page: each with its English {@code description} (as in the API's
	 * 409) and a {@code text} in the reader's language. The case page shows them beside the action
	 * they block, so an officer learns why before trying. By default the text is the description.
	 */
	default List<Blocker> blockers(CaseNumber caseNumber, CaseAction action, Locale locale) {
		return openWorkBlocking(caseNumber, action).stream().map(d -> new Blocker(d, d)).toList();
	}

	/** One piece of open work that blocks an action, described for the API and for a reader. */
	record Blocker(String description, String text) {
	}
}
