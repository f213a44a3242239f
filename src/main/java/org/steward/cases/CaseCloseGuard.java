package org.steward.cases;

import java.util.List;

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
}
